package io.github.automigrate.apply;

import io.github.automigrate.report.MigrationReport;

/**
 * A run failed with {@code fail-on-error} set: start-up stops. The message names the
 * change (its table and column), the SQL and the database's own error; the report holds
 * the rest.
 */
public class MigrationFailedException extends RuntimeException {

	private final MigrationReport report;

	public MigrationFailedException(String message, MigrationReport report, Throwable cause) {
		super(message, cause);
		this.report = report;
	}

	/** The report of the failed run. */
	public MigrationReport getReport() {
		return this.report;
	}

}
