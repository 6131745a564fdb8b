package io.github.automigrate.mapping;

import java.util.List;
import java.util.Set;

import io.github.automigrate.model.ExpectedSchema;
import io.github.automigrate.model.Schema;

/**
 * The schema the mapped classes expect, with what the mapping noticed but does not build.
 *
 * @param schema the expected schema
 * @param warnings mappings AutoMigrate left alone, one sentence each
 * @param entities the names of the classes mapped: for JPA, those given, and the
 * {@code @Entity} superclasses of theirs that were not given but are mapped all the same
 * @param runtimeTablePrefixes the prefixes, in lower case, of the tables the front-end's
 * runtime makes by itself, which no class maps (Hibernate's work tables): never drift
 */
public record MappedSchema(Schema schema, List<String> warnings, List<String> entities,
		Set<String> runtimeTablePrefixes) implements ExpectedSchema, java.io.Serializable {

	public MappedSchema {
		warnings = List.copyOf(warnings);
		entities = List.copyOf(entities);
		runtimeTablePrefixes = Set.copyOf(runtimeTablePrefixes);
	}

	/**
	 * A schema mapped from some classes, with no runtime tables of its own.
	 * @param schema the expected schema
	 * @param warnings mappings left alone, one sentence each
	 * @param entities the names of the classes mapped
	 */
	public MappedSchema(Schema schema, List<String> warnings, List<String> entities) {
		this(schema, warnings, entities, Set.of());
	}

	/**
	 * A schema mapped from no classes (built by other means).
	 * @param schema the expected schema
	 * @param warnings mappings left alone, one sentence each
	 */
	public MappedSchema(Schema schema, List<String> warnings) {
		this(schema, warnings, List.of());
	}

	/**
	 * A schema with nothing in it: what a source that found nothing to map reads.
	 * @return the empty schema
	 */
	public static MappedSchema empty() {
		return new MappedSchema(new Schema(List.of(), List.of()), List.of());
	}

	/**
	 * Whether the source found anything to map.
	 * @return true if there is no table, no sequence and no class mapped
	 */
	public boolean isEmpty() {
		return this.schema.tables().isEmpty() && this.schema.sequences().isEmpty() && this.entities.isEmpty();
	}

}
