package io.github.automigrate.actuate;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import io.github.automigrate.apply.HistoryReader;
import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.report.MigrationReport;

/**
 * {@code /actuator/automigrate}: the report of the last run, and the recent runs the history table recorded.
 */
@Endpoint(id = "automigrate")
public class AutoMigrateEndpoint {

	private static final int RECENT_RUNS = 10;

	private final AutoMigrateRunner runner;

	private final @Nullable HistoryReader history;

	public AutoMigrateEndpoint(AutoMigrateRunner runner, @Nullable HistoryReader history) {
		this.runner = runner;
		this.history = history;
	}

	/**
	 * The last run's report.
	 * @return the descriptor
	 */
	@ReadOperation
	public AutoMigrateDescriptor automigrate() {
		return new AutoMigrateDescriptor(this.runner.getLastReport().orElse(null),
				(this.history != null) ? this.history.recent(RECENT_RUNS) : List.of());
	}

	/**
	 * The endpoint's response.
	 *
	 * @param lastRun the report of this instance's last run, or {@code null} before the first run
	 * @param history the recent runs of every instance, newest first, from the history table
	 */
	public record AutoMigrateDescriptor(@Nullable MigrationReport lastRun, List<HistoryReader.Run> history)
			implements OperationResponseBody {
	}

}
