package io.github.automigrate.apply;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.dialect.SchemaLock;
import io.github.automigrate.diff.Drift;
import io.github.automigrate.diff.KeySupport;
import io.github.automigrate.diff.SchemaDiff;
import io.github.automigrate.diff.SchemaDiffer;
import io.github.automigrate.introspect.CatalogFingerprint;
import io.github.automigrate.introspect.SchemaIntrospector;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.plan.MigrationPlanner;
import io.github.automigrate.plan.PlannedStatement;
import io.github.automigrate.plan.Safety;
import io.github.automigrate.report.DriftReport;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Comparison;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.report.ProgressLog;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.report.StatementReport.Status;

/**
 * One run, from which its report is made.
 */
final class MigrationRun {

	private static final Log logger = LogFactory.getLog(MigrationRun.class);

	private final MigrationRequest request;

	private final Instant startedAt = Instant.now();

	private final long started = System.nanoTime();

	private final List<StatementReport> statements = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private String database = "unknown";

	private String dialectName = "none";

	private MigrationPlan plan = new MigrationPlan(List.of(), List.of());

	private Comparison comparison = Comparison.FULL;

	MigrationRun(MigrationRequest request) {
		this.request = request;
		this.warnings.addAll(request.expected().warnings());
	}

	MigrationReport execute(Connection connection) throws SQLException {
		DatabaseMetaData metadata = connection.getMetaData();
		this.database = metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion();
		new ProgressLog().started(this.database, String.valueOf(metadata.getURL()), this.request.entities().size());
		Dialect dialect = DialectResolver.resolve(metadata);
		this.dialectName = dialect.name();
		SchemaLock lock = dialect.schemaLock();
		if (!lock.guardsReads(connection)) {
			return execute(connection, metadata, dialect, false);
		}
		SchemaLock.Held held = lock.acquire(connection, SchemaLock.nameOf(connection), this.request.lockTimeout());
		try {
			return execute(connection, metadata, dialect, true);
		}
		finally {
			held.release();
		}
	}

	/**
	 * Runs, with the schema lock already held for the whole run or not.
	 */
	private MigrationReport execute(Connection connection, DatabaseMetaData metadata, Dialect dialect,
			boolean lockedForReads) throws SQLException {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		HistoryTable history = (this.request.historyTable() != null) ? new HistoryTable(this.request.historyTable()) : null;
		boolean historyExists = (history != null) && historyExists(jdbc, dialect, history);
		Schema expected = inDatabaseTerms(withHistory(history), dialect, connection)
			.withNativeGeneration(dialect.nativeGenerationIsSequence());
		NameLengths.check(expected, metadata);
		NameClashes.check(expected, dialect);
		Fingerprint fingerprint = (history != null && this.request.skipWhenUnchanged()
				&& dialect.catalogFingerprintQuery().isPresent()) ? Fingerprint.of(expected, dialect, metadata) : null;
		Planning planning = new Planning(jdbc, dialect, expected, fingerprint, this.request.otherToolsTables(),
				this.request.expected().runtimeTablePrefixes());
		boolean firstStart = false;
		if (fingerprint != null) {
			// Asked first, so that a first start does not make the driver log a failed query on the history table.
			if (!historyExists) {
				// A first start: there is something to do (the history table at least), so nothing to fingerprint.
				planning.expectChanges();
				firstStart = true;
			}
			else {
				String current = planning.fingerprint();
				Optional<List<Drift>> recorded = (current != null) ? history.recorded(jdbc, dialect, current)
						: Optional.empty();
				if (recorded.isPresent()) {
					return unchangedSinceRecorded(jdbc, dialect, history, current, recorded.get());
				}
			}
		}
		if (this.request.dryRun()) {
			this.plan = planning.plan();
			this.plan.statements().forEach((statement) -> this.statements.addAll(planned(statement)));
			export();
			return report(this.plan.statements().isEmpty() ? Outcome.UP_TO_DATE : Outcome.PLANNED, null);
		}
		MigrationReport report;
		try {
			report = migrate(connection, jdbc, dialect, planning, lockedForReads, firstStart);
		}
		catch (MigrationFailedException ex) {
			recordHistory(jdbc, dialect, history, ex.getReport(), null);
			throw ex;
		}
		export();
		return recordHistory(jdbc, dialect, history, report,
				(report.outcome() != Outcome.FAILED) ? planning.complete() : null);
	}

	/**
	 * Whether the history table exists; one that does must be AutoMigrate's, else the run stops before it reads or
	 * changes anything.
	 * @throws HistoryTableConflictException if a table of its name is not AutoMigrate's history
	 */
	private static boolean historyExists(JdbcTemplate jdbc, Dialect dialect, HistoryTable history) {
		Optional<List<String>> columns = new SchemaIntrospector(jdbc, dialect).columnNames(history.name());
		columns.ifPresent(history::checkIsHistory);
		return columns.isPresent();
	}

	/**
	 * The entities and the catalog are as a run found them that had nothing to do but that drift: so has this one.
	 * Recorded with the same fingerprint, so that the next start can tell too.
	 */
	private MigrationReport unchangedSinceRecorded(JdbcTemplate jdbc, Dialect dialect, HistoryTable history,
			String fingerprint, List<Drift> drift) {
		this.comparison = Comparison.FINGERPRINT;
		this.plan = new MigrationPlan(List.of(), drift);
		MigrationReport report = report(Outcome.UP_TO_DATE, null);
		return this.request.dryRun() ? report : recordHistory(jdbc, dialect, history, report, fingerprint);
	}

	private MigrationReport unchanged() {
		this.plan.statements().forEach((statement) -> this.statements.addAll(notPossible(statement)));
		return report(Outcome.UP_TO_DATE, null);
	}

	/**
	 * Plans without the lock, so that instances with nothing to do never queue for it; then takes it and applies. A
	 * first start, which always has work, plans under the lock only; so does a run whose reads the lock already
	 * guards.
	 */
	private MigrationReport migrate(Connection connection, JdbcTemplate jdbc, Dialect dialect, Planning planning,
			boolean lockedForReads, boolean firstStart) throws SQLException {
		boolean planned = !firstStart;
		if (planned) {
			this.plan = planning.plan();
			if (this.plan.executable().isEmpty()) {
				return unchanged();
			}
		}
		return applyLocked(connection, jdbc, dialect, planning, lockedForReads, planned && lockedForReads);
	}

	/**
	 * Takes the lock unless the run holds it already, plans again unless the plan was made under it or the catalog's
	 * fingerprint says it has not changed since (another instance may have done the work meanwhile), applies and
	 * verifies.
	 */
	private MigrationReport applyLocked(Connection connection, JdbcTemplate jdbc, Dialect dialect, Planning planning,
			boolean lockedForReads, boolean plannedUnderLock) throws SQLException {
		SchemaLock.Held lock = lockedForReads ? () -> {
		} : dialect.schemaLock().acquire(connection, SchemaLock.nameOf(connection), this.request.lockTimeout());
		try {
			if (!plannedUnderLock && !planning.unchangedSinceLastComparison()) {
				this.plan = planning.plan();
				if (this.plan.executable().isEmpty()) {
					return unchanged();
				}
			}
			String failure = applyReplanningALostRace(connection, jdbc, dialect, planning);
			if (failure != null) {
				return report(Outcome.FAILED, failure);
			}
			String unverified = verify(planning.diff());
			if (unverified != null) {
				MigrationReport report = report(Outcome.FAILED, unverified);
				if (this.request.failOnError()) {
					throw new MigrationFailedException(unverified, report, new IllegalStateException(unverified));
				}
				return report;
			}
			// A run that lost a race may find, planning again, that the other instance did all it planned.
			boolean applied = this.statements.stream().anyMatch((statement) -> statement.status() == Status.APPLIED);
			return report(applied ? Outcome.APPLIED : Outcome.UP_TO_DATE, null);
		}
		finally {
			lock.release();
		}
	}

	/**
	 * Applies the plan. When statements fail because another instance made their objects meanwhile (one that took no
	 * lock, or a lock that did not hold), a second read of the catalog no longer plans them: then the run plans again
	 * from that read and applies the rest, once, and says so in a warning.
	 * @return the first failure's message when failures are only reported, else {@code null}
	 */
	private @Nullable String applyReplanningALostRace(Connection connection, JdbcTemplate jdbc, Dialect dialect,
			Planning planning) throws SQLException {
		PlanApplier first = new PlanApplier(connection, jdbc, dialect, this.request.failOnError());
		PlanApplier.Failure thrown = null;
		String failure;
		try {
			failure = first.apply(this.plan);
		}
		catch (PlanApplier.Failure ex) {
			thrown = ex;
			failure = ex.getMessage();
		}
		if (failure == null) {
			this.statements.addAll(first.results());
			return null;
		}
		List<StatementReport> failed = first.results().stream().filter((result) -> result.status() == Status.FAILED)
			.toList();
		MigrationPlan again = planning.plan();
		Set<String> stillPlanned = again.executable().stream().map((statement) -> statement.change().description())
			.collect(Collectors.toSet());
		if (failed.isEmpty() || failed.stream().anyMatch((result) -> stillPlanned.contains(result.change()))) {
			this.statements.addAll(first.results());
			if (thrown != null) {
				throw new MigrationFailedException(failure, report(Outcome.FAILED, failure), thrown.getCause());
			}
			return failure;
		}
		this.warnings.add("Another instance changed the schema while this one applied its plan: "
				+ failed.stream().map((result) -> result.change() + " failed (" + result.error() + ")")
					.collect(Collectors.joining("; "))
				+ ", and a second read of the catalog found it done. AutoMigrate planned again from that read.");
		first.results().stream().filter((result) -> result.status() == Status.APPLIED).forEach(this.statements::add);
		this.plan = again;
		PlanApplier second = new PlanApplier(connection, jdbc, dialect, this.request.failOnError());
		try {
			failure = second.apply(again);
		}
		catch (PlanApplier.Failure ex) {
			this.statements.addAll(second.results());
			throw new MigrationFailedException(ex.getMessage(), report(Outcome.FAILED, ex.getMessage()), ex.getCause());
		}
		this.statements.addAll(second.results());
		return failure;
	}

	private Schema withHistory(@Nullable HistoryTable history) {
		Schema mapped = this.request.expected().schema();
		if (history == null) {
			return mapped;
		}
		// The history table comes first, so that even a run that fails half-way is recorded.
		List<Table> tables = new ArrayList<>(List.of(history.table()));
		tables.addAll(mapped.tables());
		return new Schema(tables, mapped.sequences());
	}

	/**
	 * Puts the mapped names where this database keeps them, and names in the connection's own schema as names in the
	 * default schema, so that {@code @Table(schema = "public")} is the same table as an unqualified one.
	 */
	private static Schema inDatabaseTerms(Schema mapped, Dialect dialect, Connection connection) throws SQLException {
		String current = dialect.schemasAreCatalogs() ? connection.getCatalog() : connection.getSchema();
		return mapped.withNames((name) -> {
			TableName namespaced = dialect.namespaced(name);
			boolean isDefault = namespaced.schema() != null && namespaced.schema().text().equalsIgnoreCase(current);
			return isDefault ? new TableName(null, namespaced.name()) : namespaced;
		});
	}

	/** Checks that re-reading the schema leaves nothing to do but what this database cannot do. */
	private @Nullable String verify(SchemaDiff after) {
		Set<String> impossible = this.plan.statements().stream().flatMap((statement) -> statement.changes().stream())
			.filter((planned) -> planned.safety() == Safety.NOT_POSSIBLE)
			.map((planned) -> planned.change().description()).collect(Collectors.toSet());
		List<String> remaining = after.changes().stream().map((change) -> change.description())
			.filter((description) -> !impossible.contains(description)).toList();
		return remaining.isEmpty() ? null
				: "Verification failed: after applying, the database still lacks " + String.join(", ", remaining);
	}

	private void export() {
		if (this.request.scriptLocation() != null) {
			PlanExporter.export(this.plan, this.request.scriptLocation(), this.database);
		}
	}

	/**
	 * Records the run. A failure to do so fails the run with {@code fail-on-error} (the README promises a history of
	 * every run); without, it is a warning in the report. A run that failed already keeps its own error.
	 * @return the report to return: the run's, or with the warning
	 * @throws MigrationFailedException if the history cannot be written with {@code fail-on-error} set
	 */
	private MigrationReport recordHistory(JdbcTemplate jdbc, Dialect dialect, @Nullable HistoryTable history,
			MigrationReport report, @Nullable String fingerprint) {
		if (history == null) {
			return report;
		}
		try {
			history.record(jdbc, dialect, report, HistoryTable.checksum(this.plan), this.request.instance(), fingerprint);
			return report;
		}
		catch (RuntimeException ex) {
			String message = "AutoMigrate could not record its run in its history table " + history.name() + ": "
					+ PlanApplier.rootMessage(ex);
			if (report.outcome() == Outcome.FAILED) {
				// The history must never hide the run's own failure.
				logger.warn(message);
				return report;
			}
			if (this.request.failOnError()) {
				throw new MigrationFailedException(message + " (the run itself ended " + report.outcome() + ")",
						report(Outcome.FAILED, message), ex);
			}
			this.warnings.add(message);
			return report(report.outcome(), report.error());
		}
	}

	private static List<StatementReport> planned(PlannedStatement statement) {
		return StatementReport.of(statement, statement.executable() ? Status.PLANNED : Status.NOT_POSSIBLE, 0, null);
	}

	private static List<StatementReport> notPossible(PlannedStatement statement) {
		return StatementReport.of(statement, Status.NOT_POSSIBLE, 0, null);
	}

	MigrationReport report(Outcome outcome, @Nullable String error) {
		return new MigrationReport(this.startedAt, (System.nanoTime() - this.started) / 1_000_000, outcome,
				this.request.dryRun(), this.database, this.dialectName, this.request.packages(), this.request.entities(),
				this.statements, this.warnings, this.plan.drift().stream().map(DriftReport::of).toList(),
				this.comparison, error);
	}

	/** Reads the live schema and plans against it; done once, then again under the lock. */
	private static final class Planning {

		private final SchemaIntrospector introspector;

		private final CatalogFingerprint fingerprints;

		private final @Nullable Fingerprint expectedFingerprint;

		private @Nullable String known;

		/** The catalog's fingerprint while the last comparison read it, if it held still meanwhile. */
		private @Nullable String stable;

		private boolean lastFoundChanges;

		private boolean changesExpected;

		private final Set<Identifier> schemas;

		private final Schema expected;

		private final @Nullable String lockTable;

		private final SchemaDiffer differ;

		private final MigrationPlanner planner;

		Planning(JdbcTemplate jdbc, Dialect dialect, Schema expected, @Nullable Fingerprint expectedFingerprint,
				Set<String> otherToolsTables, Set<String> runtimeTablePrefixes) {
			this.expected = expected;
			this.expectedFingerprint = expectedFingerprint;
			this.lockTable = dialect.schemaLock().table().orElse(null);
			this.introspector = new SchemaIntrospector(jdbc, dialect);
			this.fingerprints = new CatalogFingerprint(jdbc, dialect);
			this.schemas = expected.tables().stream().map((table) -> table.name().schema()).filter(Objects::nonNull)
				.collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(Identifier::key))));
			this.planner = new MigrationPlanner(dialect, new JdbcTableFacts(jdbc, dialect));
			this.differ = new SchemaDiffer(dialect::storedType, new KeySupport(dialect.indexesQuery().isPresent(),
					dialect.foreignKeysQuery().isPresent() || dialect.foreignKeysFromInformationSchema(),
					dialect.foreignKeysInCreateTable())).withOtherToolsTables(otherToolsTables)
				.withRuntimeTablePrefixes(runtimeTablePrefixes);
		}

		/**
		 * Reads the fingerprint of the expected schema and the catalog as they are now; the next comparison starts
		 * from it.
		 * @return the fingerprint, or {@code null} when there is none (disabled, or the database has no fingerprint)
		 */
		@Nullable String fingerprint() {
			this.known = readFingerprint();
			return this.known;
		}

		/** The next comparison will find changes: it need not read the fingerprint around it. */
		void expectChanges() {
			this.changesExpected = true;
		}

		/** The fingerprint of the last comparison, if it found nothing to do but drift, else {@code null}. */
		@Nullable String complete() {
			return this.lastFoundChanges ? null : this.stable;
		}

		/**
		 * Whether the catalog is as the last comparison read it, so that its plan still holds: its fingerprint
		 * again (one query, not the whole catalog). When it is not, the next comparison starts from the fingerprint
		 * just read.
		 */
		boolean unchangedSinceLastComparison() {
			if (this.stable == null) {
				return false;
			}
			String now = readFingerprint();
			if (this.stable.equals(now)) {
				return true;
			}
			this.known = now;
			return false;
		}

		/**
		 * Compares, between two reads of the fingerprint: when they are equal, nothing changed while it read. Such a
		 * comparison that finds no change (possible or not) makes that fingerprint {@link #complete()}.
		 */
		SchemaDiff diff() {
			String before = (this.known != null) ? this.known : this.changesExpected ? null : readFingerprint();
			this.known = null;
			this.changesExpected = false;
			SchemaDiff diff = this.differ.diff(this.expected, withoutLockTable(this.introspector.read(this.schemas)));
			this.stable = (before != null && before.equals(readFingerprint())) ? before : null;
			this.lastFoundChanges = !diff.changes().isEmpty();
			return diff;
		}

		/** The lock's own table is AutoMigrate's, neither mapped nor drift. */
		private Schema withoutLockTable(Schema actual) {
			if (this.lockTable == null) {
				return actual;
			}
			List<Table> tables = actual.tables().stream().filter((table) -> table.name().schema() != null
					|| !table.name().name().text().equalsIgnoreCase(this.lockTable)).toList();
			return new Schema(tables, actual.sequences());
		}

		private @Nullable String readFingerprint() {
			return (this.expectedFingerprint != null)
					? this.fingerprints.read(this.schemas).map(this.expectedFingerprint::with).orElse(null) : null;
		}

		MigrationPlan plan() {
			return this.planner.plan(diff());
		}

	}

}
