package io.github.automigrate.actuate;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.report.MigrationReport;

/**
 * {@code /actuator/automigrate}: the report of the last run.
 */
@Endpoint(id = "automigrate")
public class AutoMigrateEndpoint {

	private final AutoMigrateRunner runner;

	public AutoMigrateEndpoint(AutoMigrateRunner runner) {
		this.runner = runner;
	}

	/**
	 * The last run's report.
	 * @return the descriptor
	 */
	@ReadOperation
	public AutoMigrateDescriptor automigrate() {
		return new AutoMigrateDescriptor(this.runner.getLastReport().orElse(null));
	}

	/**
	 * The endpoint's response.
	 *
	 * @param lastRun the report of the last run, or {@code null} before the first run
	 */
	public record AutoMigrateDescriptor(@Nullable MigrationReport lastRun) implements OperationResponseBody {
	}

}
