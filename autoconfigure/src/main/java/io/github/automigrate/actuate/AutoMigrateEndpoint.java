package io.github.automigrate.actuate;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import io.github.automigrate.apply.HistoryReader;
import io.github.automigrate.autoconfigure.AutoMigrateReports;
import io.github.automigrate.report.DriftReport;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;

/**
 * {@code /actuator/automigrate}: the report of the last run, and the recent runs the
 * history table recorded. The JSON is made of this class's own descriptors, the
 * endpoint's HTTP contract: renaming a part of the report inside AutoMigrate does not
 * change it.
 */
@Endpoint(id = "automigrate")
public class AutoMigrateEndpoint {

	private static final int RECENT_RUNS = 10;

	private final AutoMigrateReports reports;

	private final @Nullable HistoryReader history;

	/**
	 * Creates the endpoint.
	 * @param reports the holder of the last report
	 * @param history the reader of the history table, or {@code null} when the history is
	 * disabled
	 */
	public AutoMigrateEndpoint(AutoMigrateReports reports, @Nullable HistoryReader history) {
		this.reports = reports;
		this.history = history;
	}

	/**
	 * The last run's report.
	 * @return the descriptor
	 */
	@ReadOperation
	public AutoMigrateDescriptor automigrate() {
		List<HistoryReader.Run> runs = (this.history != null) ? this.history.recent(RECENT_RUNS) : List.of();
		return new AutoMigrateDescriptor(this.reports.getLastReport().map(LastRunDescriptor::of).orElse(null),
				runs.stream().map(RunDescriptor::of).toList());
	}

	/**
	 * The endpoint's response.
	 *
	 * @param lastRun the report of this instance's last run, or {@code null} before the
	 * first run
	 * @param history the recent runs of every instance, newest first, from the history
	 * table
	 */
	public record AutoMigrateDescriptor(@Nullable LastRunDescriptor lastRun,
			List<RunDescriptor> history) implements OperationResponseBody {
	}

	/**
	 * This instance's last run.
	 *
	 * @param startedAt when it started
	 * @param durationMs how long it took, in milliseconds
	 * @param outcome {@code UP_TO_DATE}, {@code APPLIED}, {@code PLANNED} or
	 * {@code FAILED}
	 * @param dryRun whether statements were only planned
	 * @param database the database product and version
	 * @param dialect the dialect used
	 * @param packages the packages scanned for entities
	 * @param entities the entity classes found
	 * @param statements every planned change, with what happened to it
	 * @param warnings what the user should know and act on
	 * @param drift the differences left alone
	 * @param comparison {@code FULL} or {@code FINGERPRINT}
	 * @param error why the run failed, or {@code null}
	 */
	public record LastRunDescriptor(Instant startedAt, long durationMs, String outcome, boolean dryRun, String database,
			String dialect, List<String> packages, List<String> entities, List<StatementDescriptor> statements,
			List<String> warnings, List<DriftDescriptor> drift, String comparison, @Nullable String error) {

		static LastRunDescriptor of(MigrationReport report) {
			return new LastRunDescriptor(report.startedAt(), report.durationMs(), report.outcome().name(),
					report.dryRun(), report.database(), report.dialect(), report.packages(), report.entities(),
					report.statements().stream().map(StatementDescriptor::of).toList(), report.warnings(),
					report.drift().stream().map(DriftDescriptor::of).toList(), report.comparison().name(),
					report.error());
		}

	}

	/**
	 * One planned change of the last run and what happened to it.
	 *
	 * @param change what the change does
	 * @param safety its safety class
	 * @param sql its statements (empty for a change the statement before it made)
	 * @param status what happened
	 * @param durationMs how long executing it took, in milliseconds
	 * @param note why it was adjusted or is not possible, or {@code null}
	 * @param error the database's error when it failed, or {@code null}
	 */
	public record StatementDescriptor(String change, String safety, List<String> sql, String status, long durationMs,
			@Nullable String note, @Nullable String error) {

		static StatementDescriptor of(StatementReport statement) {
			return new StatementDescriptor(statement.change(), statement.safety().name(), statement.sql(),
					statement.status().name(), statement.durationMs(), statement.note(), statement.error());
		}

	}

	/**
	 * A difference the last run left alone.
	 *
	 * @param kind what kind of difference it is
	 * @param object the table or column concerned
	 * @param expected what the entities map, or empty
	 * @param actual what the database has
	 * @param safety always {@code NEVER_APPLIED}
	 */
	public record DriftDescriptor(String kind, String object, String expected, String actual, String safety) {

		static DriftDescriptor of(DriftReport drift) {
			return new DriftDescriptor(drift.kind().name(), drift.object(), drift.expected(), drift.actual(),
					drift.safety().name());
		}

	}

	/**
	 * One run the history table recorded.
	 *
	 * @param runId the run's id
	 * @param executedAt when it started
	 * @param instance which instance ran it
	 * @param outcome how it ended
	 * @param checksum the plan's checksum
	 * @param durationMs how long it took
	 * @param error why it failed, or {@code null}
	 * @param statements its statements
	 */
	public record RunDescriptor(String runId, Instant executedAt, @Nullable String instance, String outcome,
			@Nullable String checksum, long durationMs, @Nullable String error,
			List<RecordedStatementDescriptor> statements) {

		static RunDescriptor of(HistoryReader.Run run) {
			return new RunDescriptor(run.runId(), run.executedAt(), run.instance(), run.outcome(), run.checksum(),
					run.durationMs(), run.error(),
					run.statements().stream().map(RecordedStatementDescriptor::of).toList());
		}

	}

	/**
	 * One statement the history table recorded.
	 *
	 * @param change what it does
	 * @param sql its SQL
	 * @param safety its safety class
	 * @param outcome what happened
	 * @param durationMs how long it took
	 * @param error the database's error, or {@code null}
	 */
	public record RecordedStatementDescriptor(String change, @Nullable String sql, @Nullable String safety,
			String outcome, long durationMs, @Nullable String error) {

		static RecordedStatementDescriptor of(HistoryReader.Statement statement) {
			return new RecordedStatementDescriptor(statement.change(), statement.sql(), statement.safety(),
					statement.outcome(), statement.durationMs(), statement.error());
		}

	}

}
