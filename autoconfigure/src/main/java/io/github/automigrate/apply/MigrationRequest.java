package io.github.automigrate.apply;

import java.util.List;

import io.github.automigrate.mapping.MappedSchema;

/**
 * What one run is asked to do.
 *
 * @param expected the schema the entities map
 * @param packages the packages that were scanned, for the report
 * @param entities the entity classes found, for the report
 * @param dryRun whether to plan only
 * @param failOnError whether a failure stops start-up (else it is reported and the run goes on)
 */
public record MigrationRequest(MappedSchema expected, List<String> packages, List<String> entities, boolean dryRun,
		boolean failOnError) {

	public MigrationRequest {
		packages = List.copyOf(packages);
		entities = List.copyOf(entities);
	}

}
