package io.github.automigrate.apply;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.ExpectedSchema;

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
 * @param otherToolsTables the tables other schema tools keep beside the entities' (Flyway's history table, Liquibase's
 * change log and lock), by name: never reported as drift
 */
public record MigrationRequest(ExpectedSchema expected, List<String> packages, List<String> entities, boolean dryRun,
		boolean failOnError, Duration lockTimeout, @Nullable String historyTable, @Nullable Path scriptLocation,
		String instance, boolean skipWhenUnchanged, Set<String> otherToolsTables) {

	/** The default wait for the schema lock. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

	/** The default history table. */
	public static final String DEFAULT_HISTORY_TABLE = "automigrate_history";

	/** The tables Flyway and Liquibase keep under their default names. */
	public static final Set<String> DEFAULT_OTHER_TOOLS_TABLES = Set.of("flyway_schema_history", "databasechangelog",
			"databasechangeloglock");

	public MigrationRequest {
		packages = List.copyOf(packages);
		entities = List.copyOf(entities);
		otherToolsTables = Set.copyOf(otherToolsTables);
	}

	/**
	 * A request that takes Flyway's and Liquibase's tables under their default names for theirs.
	 * @param expected the schema the entities map
	 * @param packages the packages that were scanned, for the report
	 * @param entities the entity classes found, for the report
	 * @param dryRun whether to plan only
	 * @param failOnError whether a failure stops start-up
	 * @param lockTimeout how long to wait for another instance's schema lock
	 * @param historyTable the table that records runs, or {@code null} for none
	 * @param scriptLocation the directory that receives each run's plan as a Flyway script, or {@code null} for none
	 * @param instance who runs it, for the history
	 * @param skipWhenUnchanged whether a start that matches an earlier run's fingerprint skips the comparison
	 */
	public MigrationRequest(ExpectedSchema expected, List<String> packages, List<String> entities, boolean dryRun,
			boolean failOnError, Duration lockTimeout, @Nullable String historyTable, @Nullable Path scriptLocation,
			String instance, boolean skipWhenUnchanged) {
		this(expected, packages, entities, dryRun, failOnError, lockTimeout, historyTable, scriptLocation, instance,
				skipWhenUnchanged, DEFAULT_OTHER_TOOLS_TABLES);
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
	public static MigrationRequest of(ExpectedSchema expected, List<String> packages, List<String> entities, boolean dryRun,
			boolean failOnError) {
		return new MigrationRequest(expected, packages, entities, dryRun, failOnError, DEFAULT_LOCK_TIMEOUT,
				DEFAULT_HISTORY_TABLE, null, Instance.name(null), true);
	}

}
