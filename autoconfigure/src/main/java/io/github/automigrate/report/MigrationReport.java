package io.github.automigrate.report;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

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
		return this.statements.stream().filter((statement) -> statement.status() == StatementReport.Status.APPLIED).count();
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
		 * The entities and the catalog's fingerprint were those of an earlier run that found nothing to do, so they
		 * were not compared again: nothing to do.
		 */
		FINGERPRINT

	}

}
