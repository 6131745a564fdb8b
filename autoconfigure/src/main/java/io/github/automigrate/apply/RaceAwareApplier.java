package io.github.automigrate.apply;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.report.StatementReport.Status;

/**
 * Applies a plan. When statements fail because another instance made their objects
 * meanwhile (one that took no lock, or a lock that did not hold), a second read of the
 * catalog no longer plans them: then it plans again from that read and applies the rest,
 * once, and says so in a warning.
 */
final class RaceAwareApplier {

	private final Session session;

	private final SchemaComparer comparer;

	private final boolean failOnError;

	private final MigrationReport.Builder report;

	RaceAwareApplier(Session session, SchemaComparer comparer, boolean failOnError, MigrationReport.Builder report) {
		this.session = session;
		this.comparer = comparer;
		this.failOnError = failOnError;
		this.report = report;
	}

	/**
	 * Applies the plan, adding what happened to the report.
	 * @param plan the plan
	 * @return what applying did
	 * @throws MigrationFailedException when a statement fails with {@code fail-on-error}
	 * set
	 * @throws SQLException if the transaction cannot be handled
	 */
	Applied apply(MigrationPlan plan) throws SQLException {
		PlanApplier first = applier();
		PlanApplier.Failure thrown = null;
		String failure;
		try {
			failure = first.apply(plan);
		}
		catch (PlanApplier.Failure ex) {
			thrown = ex;
			failure = ex.getMessage();
		}
		if (failure == null) {
			this.report.statements(first.results());
			return new Applied(plan, Optional.empty());
		}
		List<StatementReport> failed = first.results()
			.stream()
			.filter((result) -> result.status() == Status.FAILED)
			.toList();
		MigrationPlan again = this.comparer.plan(this.comparer.fingerprint()).plan();
		if (failed.isEmpty() || anyStillPlanned(failed, again)) {
			this.report.statements(first.results());
			if (thrown != null) {
				throw new MigrationFailedException(failure, this.report.failed(failure), thrown.getCause());
			}
			return new Applied(plan, Optional.of(failure));
		}
		this.report.warning("Another instance changed the schema while this one applied its plan: "
				+ failed.stream()
					.map((result) -> result.change() + " failed (" + result.error() + ")")
					.collect(Collectors.joining("; "))
				+ ", and a second read of the catalog found it done. AutoMigrate planned again from that read.");
		this.report.statements(first.results().stream().filter((result) -> result.status() == Status.APPLIED).toList());
		this.report.plan(again);
		PlanApplier second = applier();
		try {
			failure = second.apply(again);
		}
		catch (PlanApplier.Failure ex) {
			this.report.statements(second.results());
			throw new MigrationFailedException(ex.getMessage(), this.report.failed(ex.getMessage()), ex.getCause());
		}
		this.report.statements(second.results());
		return new Applied(again, Optional.ofNullable(failure));
	}

	private PlanApplier applier() {
		return new PlanApplier(this.session.connection(), this.session.jdbc(), this.session.dialect(),
				this.failOnError);
	}

	private static boolean anyStillPlanned(List<StatementReport> failed, MigrationPlan again) {
		Set<String> stillPlanned = again.executable()
			.stream()
			.map((statement) -> statement.change().description())
			.collect(Collectors.toSet());
		return failed.stream().anyMatch((result) -> stillPlanned.contains(result.change()));
	}

	/**
	 * What applying did.
	 *
	 * @param plan the plan applied last (the second one after a lost race)
	 * @param failure the first failure's message, when failures are only reported
	 */
	record Applied(MigrationPlan plan, Optional<String> failure) {

	}

}
