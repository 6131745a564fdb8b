package io.github.automigrate.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.plan.MigrationPlan;

/**
 * What one run did: the single source of truth that the log and the endpoint read.
 *
 * @param startedAt when the run started
 * @param durationMs how long it took, in milliseconds
 * @param outcome how it ended
 * @param dryRun whether statements were only planned
 * @param database the database product and version
 * @param dialect the dialect used
 * @param packages the packages scanned for entities
 * @param entities the entity classes found
 * @param statements every planned change, with what happened to it
 * @param warnings what the user should know and act on
 * @param drift the differences left alone
 * @param comparison how the entities were compared with the schema
 * @param error why the run failed, or {@code null}
 */
public record MigrationReport(Instant startedAt, long durationMs, Outcome outcome, boolean dryRun, String database,
		String dialect, List<String> packages, List<String> entities, List<StatementReport> statements,
		List<String> warnings, List<DriftReport> drift, Comparison comparison, @Nullable String error) {

	public MigrationReport {
		packages = List.copyOf(packages);
		entities = List.copyOf(entities);
		statements = List.copyOf(statements);
		warnings = List.copyOf(warnings);
		drift = List.copyOf(drift);
	}

	/** How many statements were executed. */
	public long executedCount() {
		return this.statements.stream()
			.filter((statement) -> statement.status() == StatementReport.Status.APPLIED)
			.count();
	}

	/**
	 * A builder for the report of a run that starts now.
	 * @param dryRun whether statements are only planned
	 * @param packages the packages scanned for entities
	 * @param entities the entity classes found
	 * @return the builder
	 */
	public static Builder builder(boolean dryRun, List<String> packages, List<String> entities) {
		return new Builder(dryRun, packages, entities);
	}

	/** How a run ended. */
	public enum Outcome {

		/** The schema already matched the entities: nothing was executed. */
		UP_TO_DATE,
		/** Every executable change was applied. */
		APPLIED,
		/** Dry run: the plan was made and nothing was executed. */
		PLANNED,
		/** Something failed; {@code error} and the statements say what. */
		FAILED

	}

	/** How a run compared the entities with the schema. */
	public enum Comparison {

		/** The catalog was read and compared with the entities. */
		FULL,
		/**
		 * The entities and the catalog's fingerprint were those of an earlier run that
		 * found nothing to do, so they were not compared again: nothing to do.
		 */
		FINGERPRINT

	}

	/**
	 * Gathers what a run finds as it goes, and makes its report when it ends: the one
	 * place a run's facts accumulate.
	 */
	public static final class Builder {

		private final Instant startedAt = Instant.now();

		private final long started = System.nanoTime();

		private final boolean dryRun;

		private final List<String> packages;

		private final List<String> entities;

		private final List<StatementReport> statements = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private String database = "unknown";

		private String dialect = "none";

		private MigrationPlan plan = new MigrationPlan(List.of(), List.of());

		private Comparison comparison = Comparison.FULL;

		private Builder(boolean dryRun, List<String> packages, List<String> entities) {
			this.dryRun = dryRun;
			this.packages = List.copyOf(packages);
			this.entities = List.copyOf(entities);
		}

		/**
		 * Names the database the run works on.
		 * @param database the database product and version
		 * @return this builder
		 */
		public Builder database(String database) {
			this.database = database;
			return this;
		}

		/**
		 * Names the dialect the run uses.
		 * @param dialect the dialect's name
		 * @return this builder
		 */
		public Builder dialect(String dialect) {
			this.dialect = dialect;
			return this;
		}

		/**
		 * Sets the plan the run follows now: the report shows its drift.
		 * @param plan the plan
		 * @return this builder
		 */
		public Builder plan(MigrationPlan plan) {
			this.plan = plan;
			return this;
		}

		/**
		 * The plan the run follows now (empty until it plans), whose checksum the history
		 * records.
		 * @return the plan
		 */
		public MigrationPlan plan() {
			return this.plan;
		}

		/**
		 * Says how the entities were compared with the schema.
		 * @param comparison how
		 * @return this builder
		 */
		public Builder comparison(Comparison comparison) {
			this.comparison = comparison;
			return this;
		}

		/**
		 * Adds what happened to some planned changes.
		 * @param statements the statements' reports, in order
		 * @return this builder
		 */
		public Builder statements(Collection<StatementReport> statements) {
			this.statements.addAll(statements);
			return this;
		}

		/**
		 * Adds warnings the user should act on.
		 * @param warnings the warnings
		 * @return this builder
		 */
		public Builder warnings(Collection<String> warnings) {
			this.warnings.addAll(warnings);
			return this;
		}

		/**
		 * Adds a warning the user should act on.
		 * @param warning the warning
		 * @return this builder
		 */
		public Builder warning(String warning) {
			this.warnings.add(warning);
			return this;
		}

		/**
		 * Whether a statement was applied so far.
		 * @return true if one was
		 */
		public boolean appliedAny() {
			return this.statements.stream()
				.anyMatch((statement) -> statement.status() == StatementReport.Status.APPLIED);
		}

		/**
		 * The report of a run that ended without an error.
		 * @param outcome how it ended
		 * @return the report, timed until now
		 */
		public MigrationReport build(Outcome outcome) {
			return build(outcome, null);
		}

		/**
		 * The report of a failed run.
		 * @param error why it failed
		 * @return the report, timed until now
		 */
		public MigrationReport failed(String error) {
			return build(Outcome.FAILED, error);
		}

		/**
		 * The report.
		 * @param outcome how the run ended
		 * @param error why it failed, or {@code null}
		 * @return the report, timed until now
		 */
		public MigrationReport build(Outcome outcome, @Nullable String error) {
			return new MigrationReport(this.startedAt, (System.nanoTime() - this.started) / 1_000_000, outcome,
					this.dryRun, this.database, this.dialect, this.packages, this.entities, this.statements,
					this.warnings, this.plan.drift().stream().map(DriftReport::of).toList(), this.comparison, error);
		}

	}

}
