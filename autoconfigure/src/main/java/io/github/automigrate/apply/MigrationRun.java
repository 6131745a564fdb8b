package io.github.automigrate.apply;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.github.automigrate.dialect.SchemaLock;
import io.github.automigrate.introspect.CatalogFingerprint;
import io.github.automigrate.model.Schema;
import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.plan.PlannedStatement;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Comparison;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.report.ProgressLog;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.report.StatementReport.Status;

/**
 * One run, as a script of named steps: check the steady state by fingerprint, plan, lock,
 * plan again if the catalog moved meanwhile, apply, verify, export, record. Each step is
 * a small class of its own; this one orders them and gathers what they find in the
 * report.
 */
final class MigrationRun {

	private final MigrationRequest request;

	private final MigrationReport.Builder report;

	private final Session session;

	private final RunLock lock;

	private final SchemaComparer comparer;

	private final HistoryRecorder history;

	private MigrationRun(MigrationRequest request, MigrationReport.Builder report, Session session, RunLock lock,
			SchemaComparer comparer) {
		this.request = request;
		this.report = report;
		this.session = session;
		this.lock = lock;
		this.comparer = comparer;
		this.history = new HistoryRecorder(session, request, report);
	}

	/**
	 * The report a run starts with: what the request says, and what the mapping noticed.
	 * @param request the request
	 * @return the report's builder
	 */
	static MigrationReport.Builder report(MigrationRequest request) {
		return MigrationReport.builder(request.dryRun(), request.packages(), request.entities())
			.warnings(request.expected().warnings());
	}

	/**
	 * Runs on a connection: holds the lock for the whole run when it guards reads, checks
	 * that the history is AutoMigrate's before it reads or changes anything else, then
	 * follows the script.
	 * @param request the request
	 * @param report the report, which the caller finishes if the run throws
	 * @param connection the connection
	 * @return the report
	 * @throws SQLException if the database fails
	 */
	static MigrationReport execute(MigrationRequest request, MigrationReport.Builder report, Connection connection)
			throws SQLException {
		DatabaseMetaData metadata = connection.getMetaData();
		String database = metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion();
		report.database(database);
		new ProgressLog().started(database, String.valueOf(metadata.getURL()), request.entities().size());
		Session session = Session.on(connection, metadata, database);
		report.dialect(session.dialect().name());
		RunLock lock = RunLock.of(session, request.lockTimeout());
		SchemaLock.Held held = lock.forTheRun();
		try {
			boolean historyExists = request.history().exists(session.jdbc(), session.dialect());
			Schema target = TargetSchema.of(request.expected().schema(), request.history(), session);
			SchemaComparer comparer = new SchemaComparer(session, target, fingerprint(request, target, session),
					request.otherToolsTables(), request.expected().runtimeTablePrefixes());
			return new MigrationRun(request, report, session, lock, comparer).run(historyExists);
		}
		finally {
			held.release();
		}
	}

	private MigrationReport run(boolean historyExists) throws SQLException {
		SteadyState state = SteadyState.check(this.request.history(), historyExists, this.comparer, this.session);
		if (state instanceof SteadyState.Recorded recorded) {
			return unchangedSinceRecorded(recorded);
		}
		if (this.request.dryRun()) {
			return dryRun(plan(state.fingerprint()).plan());
		}
		Migrated migrated;
		try {
			migrated = (state instanceof SteadyState.FirstStart) ? migrateFirstStart() : migrate(state);
		}
		catch (MigrationFailedException ex) {
			this.history.record(ex.getReport(), Optional.empty());
			throw ex;
		}
		export();
		return this.history.record(migrated.report(), migrated.fingerprint());
	}

	/**
	 * The entities and the catalog are as a run found them that had nothing to do but
	 * that drift: so has this one. Recorded with the same fingerprint, so that the next
	 * start can tell too.
	 */
	private MigrationReport unchangedSinceRecorded(SteadyState.Recorded recorded) {
		MigrationReport report = this.report.comparison(Comparison.FINGERPRINT)
			.plan(new MigrationPlan(List.of(), recorded.drift()))
			.build(Outcome.UP_TO_DATE);
		return this.request.dryRun() ? report : this.history.record(report, Optional.of(recorded.current()));
	}

	private MigrationReport dryRun(MigrationPlan plan) {
		plan.statements()
			.forEach((statement) -> this.report
				.statements(reported(statement, statement.executable() ? Status.PLANNED : Status.NOT_POSSIBLE)));
		export();
		return this.report.build(plan.statements().isEmpty() ? Outcome.UP_TO_DATE : Outcome.PLANNED);
	}

	/**
	 * Plans without the lock, so that instances with nothing to do never queue for it;
	 * then takes it, plans again unless the plan was made under it or the catalog's
	 * fingerprint says it has not changed since (another instance may have done the work
	 * meanwhile), applies and verifies.
	 */
	private Migrated migrate(SteadyState state) throws SQLException {
		Planned planned = plan(state.fingerprint());
		if (planned.nothingToApply()) {
			return unchanged(planned);
		}
		SchemaLock.Held held = this.lock.forChanges();
		try {
			Planned current = this.lock.coversReads() ? planned : planAgainIfTheCatalogMoved(planned);
			return current.nothingToApply() ? unchanged(current) : applyAndVerify(current.plan());
		}
		finally {
			held.release();
		}
	}

	/**
	 * A first start always has work (the history table at least): it plans under the lock
	 * only.
	 */
	private Migrated migrateFirstStart() throws SQLException {
		SchemaLock.Held held = this.lock.forChanges();
		try {
			Planned planned = plan(Optional.empty());
			return planned.nothingToApply() ? unchanged(planned) : applyAndVerify(planned.plan());
		}
		finally {
			held.release();
		}
	}

	/**
	 * Reads the catalog's fingerprint again (one query): changed since the plan, the run
	 * plans again.
	 */
	private Planned planAgainIfTheCatalogMoved(Planned planned) {
		Optional<String> now = this.comparer.fingerprint();
		return planned.comparison().stillHolds(now) ? planned : plan(now);
	}

	/** Compares and plans; the report shows the plan the run follows now. */
	private Planned plan(Optional<String> before) {
		Planned planned = this.comparer.plan(before);
		this.report.plan(planned.plan());
		return planned;
	}

	private Migrated unchanged(Planned planned) {
		planned.plan()
			.statements()
			.forEach((statement) -> this.report.statements(reported(statement, Status.NOT_POSSIBLE)));
		return new Migrated(this.report.build(Outcome.UP_TO_DATE), planned.comparison().nothingToDo());
	}

	private Migrated applyAndVerify(MigrationPlan plan) throws SQLException {
		RaceAwareApplier.Applied applied = new RaceAwareApplier(this.session, this.comparer, this.request.failOnError(),
				this.report)
			.apply(plan);
		if (applied.failure().isPresent()) {
			return Migrated.failed(this.report.failed(applied.failure().get()));
		}
		CatalogComparison after = this.comparer.compare(this.comparer.fingerprint());
		Optional<String> unverified = Verification.failure(applied.plan(), after.diff());
		if (unverified.isPresent()) {
			MigrationReport report = this.report.failed(unverified.get());
			if (this.request.failOnError()) {
				throw new MigrationFailedException(unverified.get(), report,
						new IllegalStateException(unverified.get()));
			}
			return Migrated.failed(report);
		}
		// A run that lost a race may find, planning again, that the other instance did
		// all it planned.
		Outcome outcome = this.report.appliedAny() ? Outcome.APPLIED : Outcome.UP_TO_DATE;
		return new Migrated(this.report.build(outcome), after.nothingToDo());
	}

	private void export() {
		this.request.scriptLocation()
			.ifPresent((directory) -> PlanExporter.export(this.report.plan(), directory, this.session.database()));
	}

	/**
	 * The expected side of the fingerprint, when the run may skip its comparison: the
	 * history keeps fingerprints, the request allows it, and the database has a catalog
	 * fingerprint.
	 */
	private static Optional<Fingerprint> fingerprint(MigrationRequest request, Schema target, Session session)
			throws SQLException {
		boolean fingerprinting = request.skipWhenUnchanged() && request.history().keepsFingerprints()
				&& CatalogFingerprint.isAvailable(session.dialect());
		return fingerprinting ? Optional.of(Fingerprint.of(target, session.dialect(), session.metadata()))
				: Optional.empty();
	}

	private static List<StatementReport> reported(PlannedStatement statement, Status status) {
		return StatementReport.of(statement, status, 0, null);
	}

	/**
	 * How a migration ended.
	 *
	 * @param report its report
	 * @param fingerprint the fingerprint to record, when its last comparison found
	 * nothing to do
	 */
	private record Migrated(MigrationReport report, Optional<String> fingerprint) {

		static Migrated failed(MigrationReport report) {
			return new Migrated(report, Optional.empty());
		}

	}

}
