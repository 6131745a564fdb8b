package io.github.automigrate.report;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.automigrate.plan.Safety;

/**
 * Writes a report to the log: a summary line with the changes counted by kind, one line
 * per warning and drift, and the statements at DEBUG (all of them are in the report, on
 * the endpoint and in the history), except those that failed.
 */
public final class ReportLogger {

	private static final Log logger = LogFactory.getLog("io.github.automigrate");

	/**
	 * Logs a report.
	 * @param report the report
	 */
	public void log(MigrationReport report) {
		for (StatementReport statement : report.statements()) {
			// A change made by the statement of the change before it has no SQL of its
			// own.
			String sql = (statement.sql().isEmpty() && statement.safety() != Safety.NOT_POSSIBLE)
					? "(in the statement above)" : String.join("; ", statement.sql());
			String line = "AutoMigrate " + statement.status() + " [" + statement.safety() + "] " + statement.change()
					+ " (" + statement.durationMs() + " ms): " + sql;
			if (statement.status() == StatementReport.Status.FAILED) {
				logger.error(line + " -- " + statement.error());
			}
			else if (logger.isDebugEnabled()) {
				// One line per statement is thousands of lines on a first start with many
				// entities.
				logger.debug(line);
			}
			if (statement.note() != null) {
				logger.warn("AutoMigrate " + statement.change() + ": " + statement.note());
			}
		}
		report.warnings().forEach((warning) -> logger.warn("AutoMigrate: " + warning));
		report.drift()
			.forEach((drift) -> logger.info("AutoMigrate left alone [" + drift.safety() + "] " + drift.kind() + " "
					+ drift.object() + (drift.expected().isEmpty() ? ""
							: " (mapped " + drift.expected() + ", database has " + drift.actual() + ")")));
		String summary = "AutoMigrate " + report.outcome() + " on " + report.database() + ": "
				+ report.entities().size() + " entities, " + report.statements().size() + " changes planned"
				+ ChangeCounts.of(report.statements()) + ", " + report.executedCount() + " executed, "
				+ report.warnings().size() + " warnings, " + report.drift().size() + " drift, in " + report.durationMs()
				+ " ms"
				+ ((report.comparison() == MigrationReport.Comparison.FINGERPRINT)
						? " (entities and catalog unchanged since a run that found nothing to do: not compared again)"
						: "")
				+ ((report.error() != null) ? " -- " + report.error() : "");
		if (report.outcome() == MigrationReport.Outcome.FAILED) {
			logger.error(summary);
		}
		else {
			logger.info(summary);
		}
	}

}
