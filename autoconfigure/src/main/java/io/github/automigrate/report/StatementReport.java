package io.github.automigrate.report;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.plan.PlannedChange;
import io.github.automigrate.plan.PlannedStatement;
import io.github.automigrate.plan.Safety;

/**
 * One planned change and what happened to it. A statement that makes several changes (a
 * table created with its foreign keys, several additions in one {@code ALTER TABLE}) is
 * reported as one line per change: the first holds the statement's SQL, the ones after it
 * hold none, and all share its status.
 *
 * @param change what the change does, such as {@code add column orders.total}
 * @param safety its safety class
 * @param sql its statements
 * @param status what happened
 * @param durationMs how long executing it took, in milliseconds
 * @param note why it was adjusted or is not possible, or {@code null}
 * @param error the database's error when it failed, or {@code null}
 */
public record StatementReport(String change, Safety safety, List<String> sql, Status status, long durationMs,
		@Nullable String note, @Nullable String error) {

	public StatementReport {
		sql = List.copyOf(sql);
	}

	/**
	 * The reports of a planned statement, one per change it makes: the first holds the
	 * statement's SQL and duration, the others none (their SQL is the first's).
	 * @param statement the planned statement
	 * @param status what happened to it
	 * @param durationMs how long executing it took
	 * @param error the database's error when it failed, or {@code null}
	 * @return one report per change, in order
	 */
	public static List<StatementReport> of(PlannedStatement statement, Status status, long durationMs,
			@Nullable String error) {
		List<StatementReport> reports = new ArrayList<>();
		for (PlannedChange planned : statement.changes()) {
			boolean first = reports.isEmpty();
			reports.add(new StatementReport(planned.change().description(), planned.safety(),
					first ? statement.sql() : List.of(), status, first ? durationMs : 0, planned.note(), error));
		}
		return reports;
	}

	/** What happened to a planned change. */
	public enum Status {

		/** Executed successfully. */
		APPLIED,
		/** Executed and failed. */
		FAILED,
		/** Planned only (dry run). */
		PLANNED,
		/** Not executed: the database cannot make the change. */
		NOT_POSSIBLE,
		/** Not executed because an earlier statement failed. */
		SKIPPED,
		/**
		 * Executed, then undone when a later statement failed and the plan was rolled
		 * back as a whole.
		 */
		ROLLED_BACK

	}

}
