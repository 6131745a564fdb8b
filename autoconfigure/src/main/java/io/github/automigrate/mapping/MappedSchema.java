package io.github.automigrate.mapping;

import java.util.List;

import io.github.automigrate.model.Schema;

/**
 * The schema the entities expect, with what the mapping noticed but does not build.
 *
 * @param schema the expected schema
 * @param warnings mappings AutoMigrate left alone, one sentence each
 */
public record MappedSchema(Schema schema, List<String> warnings) implements java.io.Serializable {

	public MappedSchema {
		warnings = List.copyOf(warnings);
	}

}
