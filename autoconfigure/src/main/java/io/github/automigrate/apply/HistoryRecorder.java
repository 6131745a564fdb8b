package io.github.automigrate.apply;

import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;

/**
 * Records a run in its history. A failure to do so fails the run with
 * {@code fail-on-error} (the README promises a history of every run); without, it is a
 * warning in the report. A run that failed already keeps its own error.
 */
final class HistoryRecorder {

	private static final Log logger = LogFactory.getLog(MigrationRun.class);

	private final Session session;

	private final MigrationRequest request;

	private final MigrationReport.Builder report;

	HistoryRecorder(Session session, MigrationRequest request, MigrationReport.Builder report) {
		this.session = session;
		this.request = request;
		this.report = report;
	}

	/**
	 * Records the run.
	 * @param ended the run's report
	 * @param fingerprint the fingerprint of a run that found nothing to do
	 * @return the report to return: the run's, or with the warning
	 * @throws MigrationFailedException if the history cannot be written with
	 * {@code fail-on-error} set
	 */
	MigrationReport record(MigrationReport ended, Optional<String> fingerprint) {
		MigrationHistory history = this.request.history();
		try {
			history.record(this.session.jdbc(), this.session.dialect(), ended,
					HistoryTable.checksum(this.report.plan()), this.request.instance(), fingerprint);
			return ended;
		}
		catch (RuntimeException ex) {
			String message = "AutoMigrate could not record its run in its history table " + history + ": "
					+ PlanApplier.rootMessage(ex);
			if (ended.outcome() == Outcome.FAILED) {
				// The history must never hide the run's own failure.
				logger.warn(message);
				return ended;
			}
			if (this.request.failOnError()) {
				throw new MigrationFailedException(message + " (the run itself ended " + ended.outcome() + ")",
						this.report.failed(message), ex);
			}
			this.report.warning(message);
			return this.report.build(ended.outcome(), ended.error());
		}
	}

}
