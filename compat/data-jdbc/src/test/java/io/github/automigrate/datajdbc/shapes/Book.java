package io.github.automigrate.datajdbc.shapes;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Table;

/** Shape 9: references to other aggregates, a plain column each. */
@Table
public record Book(@Id Long id, String title, AggregateReference<Person, Long> author, Set<BookTag> tags) {

	public record BookTag(AggregateReference<Playlist, Long> playlist) {
	}

}
