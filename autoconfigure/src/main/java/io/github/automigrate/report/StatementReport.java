package io.github.automigrate.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.plan.Safety;

/**
 * One planned change and what happened to it.
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
		/** Executed, then undone when a later statement failed and the plan was rolled back as a whole. */
		ROLLED_BACK

	}

}
