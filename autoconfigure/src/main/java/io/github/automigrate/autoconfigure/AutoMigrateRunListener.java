package io.github.automigrate.autoconfigure;

import io.github.automigrate.report.MigrationReport;

/**
 * Told about every AutoMigrate run, after its report is logged: how metrics and other
 * integrations learn of runs without the runner knowing them.
 */
@FunctionalInterface
public interface AutoMigrateRunListener {

	/**
	 * Called once after each run, whatever its outcome.
	 * @param report the report of the run
	 */
	void onRun(MigrationReport report);

}
