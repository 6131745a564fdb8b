package io.github.automigrate.report;

import io.github.automigrate.diff.Drift;
import io.github.automigrate.plan.Safety;

/**
 * A difference AutoMigrate left alone, as the report shows it: always
 * {@link Safety#NEVER_APPLIED}.
 *
 * @param kind what kind of difference it is
 * @param object the table or column concerned
 * @param expected what the entities map, or empty for an object they do not map
 * @param actual what the database has
 * @param safety the safety class: never applied
 */
public record DriftReport(Drift.Kind kind, String object, String expected, String actual, Safety safety) {

	/**
	 * The report of one drift.
	 * @param drift the drift
	 * @return its report
	 */
	public static DriftReport of(Drift drift) {
		return new DriftReport(drift.kind(), drift.object(), drift.expected(), drift.actual(), Safety.NEVER_APPLIED);
	}

}
