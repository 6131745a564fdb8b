package io.github.automigrate.apply;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.ExpectedSchema;

/**
 * What one run is asked to do: the schema to migrate to, and how. The auto-configuration
 * maps its properties into a {@link Builder} once; each run then builds its request from
 * it and the schema its sources read.
 *
 * @param expected the schema the entities map
 * @param packages the packages that were scanned, for the report
 * @param entities the entity classes found, for the report
 * @param dryRun whether to plan only
 * @param failOnError whether a failure stops start-up (else it is reported and the run
 * goes on)
 * @param lockTimeout how long to wait for another instance's schema lock
 * @param history where runs are recorded
 * @param scriptLocation the directory that receives each run's plan as a Flyway script,
 * if any
 * @param instance who runs it, for the history
 * @param skipWhenUnchanged whether a start whose entities and catalog match the
 * fingerprint of an earlier run that found nothing to do skips the comparison (needs a
 * history that keeps fingerprints)
 * @param otherToolsTables the tables other schema tools keep beside the entities'
 * (Flyway's history table, Liquibase's change log and lock), by name: never reported as
 * drift
 */
public record MigrationRequest(ExpectedSchema expected, List<String> packages, List<String> entities, boolean dryRun,
		boolean failOnError, Duration lockTimeout, MigrationHistory history, Optional<Path> scriptLocation,
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
	 * A request that takes Flyway's and Liquibase's tables under their default names for
	 * theirs: a shorthand for programs and tests that build one in a line.
	 * @param expected the schema the entities map
	 * @param packages the packages that were scanned, for the report
	 * @param entities the entity classes found, for the report
	 * @param dryRun whether to plan only
	 * @param failOnError whether a failure stops start-up
	 * @param lockTimeout how long to wait for another instance's schema lock
	 * @param historyTable the table that records runs, or {@code null} for none
	 * @param scriptLocation the directory that receives each run's plan as a Flyway
	 * script, or {@code null} for none
	 * @param instance who runs it, for the history
	 * @param skipWhenUnchanged whether a start that matches an earlier run's fingerprint
	 * skips the comparison
	 */
	public MigrationRequest(ExpectedSchema expected, List<String> packages, List<String> entities, boolean dryRun,
			boolean failOnError, Duration lockTimeout, @Nullable String historyTable, @Nullable Path scriptLocation,
			String instance, boolean skipWhenUnchanged) {
		this(expected, packages, entities, dryRun, failOnError, lockTimeout,
				(historyTable != null) ? MigrationHistory.table(historyTable) : MigrationHistory.none(),
				Optional.ofNullable(scriptLocation), instance, skipWhenUnchanged, DEFAULT_OTHER_TOOLS_TABLES);
	}

	/**
	 * A request with the default lock timeout and history table, no plan export, and the
	 * fingerprint shortcut.
	 * @param expected the schema the entities map
	 * @param packages the packages that were scanned
	 * @param entities the entity classes found
	 * @param dryRun whether to plan only
	 * @param failOnError whether a failure stops start-up
	 * @return the request
	 */
	public static MigrationRequest of(ExpectedSchema expected, List<String> packages, List<String> entities,
			boolean dryRun, boolean failOnError) {
		return builder().dryRun(dryRun).failOnError(failOnError).build(expected, packages, entities);
	}

	/**
	 * This request, planning only or not: for a migration strategy that plans first and
	 * decides.
	 * @param dryRun whether to plan only
	 * @return the request
	 */
	public MigrationRequest withDryRun(boolean dryRun) {
		return new MigrationRequest(this.expected, this.packages, this.entities, dryRun, this.failOnError,
				this.lockTimeout, this.history, this.scriptLocation, this.instance, this.skipWhenUnchanged,
				this.otherToolsTables);
	}

	/**
	 * A builder with the defaults: apply, fail on error, the default lock timeout and
	 * history table, no plan export, the fingerprint shortcut, Flyway's and Liquibase's
	 * default tables left alone.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * How runs migrate, set by name: the auto-configuration maps its properties into one,
	 * then lets customizers change it; each run builds its request from it.
	 */
	public static final class Builder {

		private boolean dryRun;

		private boolean failOnError = true;

		private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

		private MigrationHistory history = MigrationHistory.table(DEFAULT_HISTORY_TABLE);

		private Optional<Path> scriptLocation = Optional.empty();

		private String instance = Instance.name(null);

		private boolean skipWhenUnchanged = true;

		private Set<String> otherToolsTables = DEFAULT_OTHER_TOOLS_TABLES;

		private Builder() {
		}

		/**
		 * Whether to plan only.
		 * @param dryRun true to execute nothing
		 * @return this builder
		 */
		public Builder dryRun(boolean dryRun) {
			this.dryRun = dryRun;
			return this;
		}

		/**
		 * Whether a failure stops start-up; else it is reported and the application
		 * starts.
		 * @param failOnError true to stop
		 * @return this builder
		 */
		public Builder failOnError(boolean failOnError) {
			this.failOnError = failOnError;
			return this;
		}

		/**
		 * How long to wait for another instance's schema lock.
		 * @param lockTimeout the longest wait
		 * @return this builder
		 */
		public Builder lockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
			return this;
		}

		/**
		 * Where runs are recorded.
		 * @param history the history, {@link MigrationHistory#none()} for none
		 * @return this builder
		 */
		public Builder history(MigrationHistory history) {
			this.history = history;
			return this;
		}

		/**
		 * The directory that receives each run's plan as a Flyway script.
		 * @param scriptLocation the directory
		 * @return this builder
		 */
		public Builder scriptLocation(Path scriptLocation) {
			this.scriptLocation = Optional.of(scriptLocation);
			return this;
		}

		/**
		 * Who runs, for the history.
		 * @param instance the instance's name
		 * @return this builder
		 */
		public Builder instance(String instance) {
			this.instance = instance;
			return this;
		}

		/**
		 * Whether a start that matches an earlier run's fingerprint skips the comparison.
		 * @param skipWhenUnchanged true to skip
		 * @return this builder
		 */
		public Builder skipWhenUnchanged(boolean skipWhenUnchanged) {
			this.skipWhenUnchanged = skipWhenUnchanged;
			return this;
		}

		/**
		 * The tables other schema tools keep beside the entities', never reported as
		 * drift.
		 * @param otherToolsTables the tables, by name
		 * @return this builder
		 */
		public Builder otherToolsTables(Set<String> otherToolsTables) {
			this.otherToolsTables = Set.copyOf(otherToolsTables);
			return this;
		}

		/**
		 * The request of one run; the builder stays as it is, for the next.
		 * @param expected the schema to migrate to
		 * @param packages the packages that were scanned, for the report
		 * @param entities the entity classes found, for the report
		 * @return the request
		 */
		public MigrationRequest build(ExpectedSchema expected, List<String> packages, List<String> entities) {
			return new MigrationRequest(expected, packages, entities, this.dryRun, this.failOnError, this.lockTimeout,
					this.history, this.scriptLocation, this.instance, this.skipWhenUnchanged, this.otherToolsTables);
		}

	}

}
