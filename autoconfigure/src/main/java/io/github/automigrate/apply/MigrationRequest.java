package io.github.automigrate.apply;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappedSchema;

/**
 * What one run is asked to do.
 *
 * @param expected the schema the entities map
 * @param packages the packages that were scanned, for the report
 * @param entities the entity classes found, for the report
 * @param dryRun whether to plan only
 * @param failOnError whether a failure stops start-up (else it is reported and the run goes on)
 * @param lockTimeout how long to wait for another instance's schema lock
 * @param historyTable the table that records runs, or {@code null} for none
 * @param scriptLocation the directory that receives each run's plan as a Flyway script, or {@code null} for none
 * @param instance who runs it, for the history
 * @param skipWhenUnchanged whether a start whose entities and catalog match the fingerprint of an earlier run that
 * found nothing to do skips the comparison (needs the history table)
 */
public record MigrationRequest(MappedSchema expected, List<String> packages, List<String> entities, boolean dryRun,
		boolean failOnError, Duration lockTimeout, @Nullable String historyTable, @Nullable Path scriptLocation,
		String instance, boolean skipWhenUnchanged) {

	/** The default wait for the schema lock. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

	/** The default history table. */
	public static final String DEFAULT_HISTORY_TABLE = "automigrate_history";

	public MigrationRequest {
		packages = List.copyOf(packages);
		entities = List.copyOf(entities);
	}

	/**
	 * A request with the default lock timeout and history table, no plan export, and the fingerprint shortcut.
	 * @param expected the schema the entities map
	 * @param packages the packages that were scanned
	 * @param entities the entity classes found
	 * @param dryRun whether to plan only
	 * @param failOnError whether a failure stops start-up
	 * @return the request
	 */
	public static MigrationRequest of(MappedSchema expected, List<String> packages, List<String> entities, boolean dryRun,
			boolean failOnError) {
		return new MigrationRequest(expected, packages, entities, dryRun, failOnError, DEFAULT_LOCK_TIMEOUT,
				DEFAULT_HISTORY_TABLE, null, Instance.name(null), true);
	}

}
