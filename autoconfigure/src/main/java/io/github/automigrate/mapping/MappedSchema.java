package io.github.automigrate.mapping;

import java.util.List;

import io.github.automigrate.model.Schema;

/**
 * The schema the entities expect, with what the mapping noticed but does not build.
 *
 * @param schema the expected schema
 * @param warnings mappings AutoMigrate left alone, one sentence each
 * @param entities the names of the entity classes mapped: those given, and the {@code @Entity} superclasses of theirs
 * that were not given but are mapped all the same
 */
public record MappedSchema(Schema schema, List<String> warnings, List<String> entities)
		implements java.io.Serializable {

	public MappedSchema {
		warnings = List.copyOf(warnings);
		entities = List.copyOf(entities);
	}

	/**
	 * A schema mapped from no entity classes (built by other means).
	 * @param schema the expected schema
	 * @param warnings mappings left alone, one sentence each
	 */
	public MappedSchema(Schema schema, List<String> warnings) {
		this(schema, warnings, List.of());
	}

}
