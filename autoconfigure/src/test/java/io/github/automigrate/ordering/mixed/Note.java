package io.github.automigrate.ordering.mixed;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The Spring Data JDBC half of the mixed application: an aggregate with a child
 * collection, beside the JPA entity in one package.
 *
 * @param id the generated id
 * @param title the title
 * @param lines the child rows, in table {@code line}
 */
@Table
public record Note(@Id Long id, String title, Set<Line> lines) {

	/**
	 * A child of the aggregate.
	 *
	 * @param text the text
	 */
	public record Line(String text) {

	}

}
