package io.github.automigrate.actuate;

import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import io.github.automigrate.autoconfigure.AutoMigrateReports;
import io.github.automigrate.report.MigrationReport;

/**
 * Health of the schema migration: DOWN when the last run failed (which only lets the
 * application start with {@code schema.automigrate.fail-on-error=false}), UP otherwise,
 * with the last run's outcome, pending drift, executed statements and error as details.
 */
public class AutoMigrateHealthIndicator implements HealthIndicator {

	private final AutoMigrateReports reports;

	/**
	 * Creates an indicator that reads the last report.
	 * @param reports the holder of the last report
	 */
	public AutoMigrateHealthIndicator(AutoMigrateReports reports) {
		this.reports = reports;
	}

	@Override
	public Health health() {
		Optional<MigrationReport> last = this.reports.getLastReport();
		if (last.isEmpty()) {
			// Nothing ran yet: start-up is still going on, which is not a failure.
			return Health.up().withDetail("outcome", "NOT_RUN").build();
		}
		MigrationReport report = last.get();
		Health.Builder builder = (report.outcome() == MigrationReport.Outcome.FAILED) ? Health.down() : Health.up();
		return builder.withDetails(HealthDetails.of(report)).build();
	}

}
