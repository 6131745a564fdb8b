package io.github.automigrate.autoconfigure;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.report.MigrationReport;

/**
 * Holds the report of this application's last AutoMigrate run: what the endpoint and the
 * health indicator read, so that they need neither the runner nor a run of their own.
 */
public class AutoMigrateReports {

	private volatile @Nullable MigrationReport lastReport;

	/**
	 * Keeps the report of a run that just ended.
	 * @param report the report
	 */
	public void add(MigrationReport report) {
		this.lastReport = report;
	}

	/**
	 * The report of the last run.
	 * @return the report, empty before the first run
	 */
	public Optional<MigrationReport> getLastReport() {
		return Optional.ofNullable(this.lastReport);
	}

}
