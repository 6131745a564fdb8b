package io.github.automigrate.model;

import java.util.List;
import java.util.Set;

/**
 * The schema a run is asked to reach, as a mapping front-end read it: the tables and
 * sequences, what the front-end noticed but does not build, and the tables its own
 * runtime makes, which no class maps and which are therefore no drift.
 */
public interface ExpectedSchema {

	/**
	 * The expected tables and sequences.
	 * @return the schema
	 */
	Schema schema();

	/**
	 * Mappings the front-end left alone, one sentence each.
	 * @return the warnings
	 */
	List<String> warnings();

	/**
	 * The prefixes, in lower case, of the tables the front-end's runtime creates and
	 * drops by itself (Hibernate's {@code HTE_} and {@code HT_} tables for bulk updates
	 * and deletes): never reported as drift.
	 * @return the prefixes, empty by default
	 */
	default Set<String> runtimeTablePrefixes() {
		return Set.of();
	}

}
