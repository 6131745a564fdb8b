package io.github.automigrate.datajdbc.shapes;

import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Shape 4: Lists and a Map, with default and custom id and key columns. */
@Table
public record Playlist(@Id Long id, String name, List<Track> tracks, Map<String, Tag> tags,
		@MappedCollection(idColumn = "pl_id", keyColumn = "pos") List<Note> notes,
		@MappedCollection(idColumn = "owner_ref") List<Memo> memos) {

	public record Track(String title) {
	}

	public record Tag(String label) {
	}

	public record Note(String text) {
	}

	public record Memo(String text) {
	}

}
