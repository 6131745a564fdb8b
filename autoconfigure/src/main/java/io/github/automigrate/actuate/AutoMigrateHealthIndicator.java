package io.github.automigrate.actuate;

import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.report.MigrationReport;

/**
 * Health of the schema migration: DOWN when the last run failed (which only lets the application start with
 * {@code schema.automigrate.fail-on-error=false}), UP otherwise, with the last run's outcome, pending drift, executed
 * statements and error as details.
 */
public class AutoMigrateHealthIndicator implements HealthIndicator {

	private final AutoMigrateRunner runner;

	/**
	 * Creates an indicator that reads the runner's last report.
	 * @param runner the runner
	 */
	public AutoMigrateHealthIndicator(AutoMigrateRunner runner) {
		this.runner = runner;
	}

	@Override
	public Health health() {
		Optional<MigrationReport> last = this.runner.getLastReport();
		if (last.isEmpty()) {
			// Nothing ran yet: start-up is still going on, which is not a failure.
			return Health.up().withDetail("outcome", "NOT_RUN").build();
		}
		MigrationReport report = last.get();
		Health.Builder builder = (report.outcome() == MigrationReport.Outcome.FAILED) ? Health.down() : Health.up();
		return builder.withDetails(HealthDetails.of(report)).build();
	}

}
