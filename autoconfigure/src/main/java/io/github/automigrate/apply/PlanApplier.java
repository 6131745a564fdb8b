package io.github.automigrate.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.model.SqlText;
import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.plan.PlannedStatement;
import io.github.automigrate.report.ProgressLog;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.report.StatementReport.Status;

/**
 * Executes a plan. Where the database has transactional DDL the plan applies all or nothing: a failure rolls it all
 * back (with {@code fail-on-error}), or rolls back only the failed change to a savepoint (without). Elsewhere it
 * applies statement by statement, and a run cut short is completed by the next start.
 */
final class PlanApplier {

	private final Connection connection;

	private final JdbcTemplate jdbc;

	private final boolean transactional;

	private final boolean failOnError;

	private final SqlText.Syntax syntax;

	/** The schema lock is itself a write transaction (SQLite's): the plan applies within it, as a savepoint. */
	private final boolean withinLock;

	private final List<StatementReport> results = new ArrayList<>();

	private final ProgressLog progress;

	/** How many of the plan's statements were executed or passed over so far. */
	private int done;

	PlanApplier(Connection connection, JdbcTemplate jdbc, Dialect dialect, boolean failOnError) {
		this(connection, jdbc, dialect, failOnError, new ProgressLog());
	}

	PlanApplier(Connection connection, JdbcTemplate jdbc, Dialect dialect, boolean failOnError, ProgressLog progress) {
		this.connection = connection;
		this.jdbc = jdbc;
		this.transactional = dialect.transactionalDdl();
		this.failOnError = failOnError;
		this.progress = progress;
		this.syntax = dialect.sqlSyntax();
		this.withinLock = dialect.schemaLock().isTransaction();
	}

	/**
	 * Applies a plan.
	 * @param plan the plan
	 * @return the first failure's message when failures are only reported, else {@code null}
	 * @throws Failure when a statement fails and {@code fail-on-error} is set
	 * @throws SQLException if the transaction cannot be handled
	 */
	@Nullable String apply(MigrationPlan plan) throws SQLException {
		Transaction transaction = this.transactional ? (this.withinLock ? new WithinLock(this.jdbc)
				: new OnConnection(this.connection)) : null;
		if (transaction != null) {
			transaction.begin();
		}
		try {
			String firstFailure = null;
			for (PlannedStatement statement : plan.statements()) {
				String failure = execute(statement, plan, transaction);
				this.done++;
				firstFailure = (firstFailure != null) ? firstFailure : failure;
				this.progress.done(this.done, plan.statements().size());
			}
			if (transaction != null) {
				transaction.commit();
			}
			return firstFailure;
		}
		finally {
			if (transaction != null) {
				transaction.end();
			}
		}
	}

	private @Nullable String execute(PlannedStatement statement, MigrationPlan plan, @Nullable Transaction transaction)
			throws SQLException {
		if (!statement.executable()) {
			this.results.addAll(result(statement, Status.NOT_POSSIBLE, 0, null));
			return null;
		}
		boolean marked = transaction != null && !this.failOnError;
		if (marked) {
			transaction.mark();
		}
		long start = System.nanoTime();
		try {
			statement.sql().forEach((sql) -> {
				StatementGuard.check(sql, this.syntax);
				this.jdbc.execute(sql);
			});
			this.results.addAll(result(statement, Status.APPLIED, start, null));
			return null;
		}
		catch (RuntimeException ex) {
			String error = rootMessage(ex);
			String message = "AutoMigrate could not " + statement.description() + ". SQL: "
					+ String.join("; ", statement.sql()) + ". Database error: " + error;
			if (!this.failOnError) {
				if (marked) {
					transaction.rollbackToMark();
				}
				this.results.addAll(result(statement, Status.FAILED, start, error));
				return message;
			}
			if (transaction != null) {
				transaction.rollback();
				this.results.replaceAll((done) -> (done.status() == Status.APPLIED) ? withStatus(done, Status.ROLLED_BACK) : done);
				message += ". Nothing was applied: the plan was rolled back as a whole.";
			}
			this.results.addAll(result(statement, Status.FAILED, start, error));
			plan.statements().stream().skip(this.done + 1L)
				.forEach((skipped) -> this.results.addAll(result(skipped, Status.SKIPPED, 0, null)));
			throw new Failure(message, ex);
		}
	}

	/** What happened to each change applied so far. */
	List<StatementReport> results() {
		return List.copyOf(this.results);
	}

	private static List<StatementReport> result(PlannedStatement statement, Status status, long startNanos,
			@Nullable String error) {
		long durationMs = (startNanos == 0) ? 0 : (System.nanoTime() - startNanos) / 1_000_000;
		return StatementReport.of(statement, status, durationMs, error);
	}

	private static StatementReport withStatus(StatementReport report, Status status) {
		return new StatementReport(report.change(), report.safety(), report.sql(), status, report.durationMs(),
				report.note(), report.error());
	}

	static String rootMessage(Throwable ex) {
		Throwable root = Objects.requireNonNullElse(NestedExceptionUtils.getRootCause(ex), ex);
		return Objects.requireNonNullElse(root.getMessage(), root.getClass().getName());
	}

	/** The plan's transaction, and a mark to roll one change back to. */
	private interface Transaction {

		void begin() throws SQLException;

		void mark() throws SQLException;

		void rollbackToMark() throws SQLException;

		void rollback() throws SQLException;

		void commit() throws SQLException;

		/** Called last, whatever happened. */
		void end() throws SQLException;

	}

	/** A transaction of the connection's own. */
	private static final class OnConnection implements Transaction {

		private final Connection connection;

		private final boolean autoCommit;

		private @Nullable Savepoint mark;

		OnConnection(Connection connection) throws SQLException {
			this.connection = connection;
			this.autoCommit = connection.getAutoCommit();
		}

		@Override
		public void begin() throws SQLException {
			this.connection.setAutoCommit(false);
		}

		@Override
		public void mark() throws SQLException {
			this.mark = this.connection.setSavepoint();
		}

		@Override
		public void rollbackToMark() throws SQLException {
			this.connection.rollback(Objects.requireNonNull(this.mark));
		}

		@Override
		public void rollback() throws SQLException {
			this.connection.rollback();
		}

		@Override
		public void commit() throws SQLException {
			this.connection.commit();
		}

		@Override
		public void end() throws SQLException {
			// As the pool handed it out: some pools do not reset it.
			this.connection.setAutoCommit(this.autoCommit);
		}

	}

	/** Savepoints within the write transaction the schema lock holds, which commits when the lock is released. */
	private static final class WithinLock implements Transaction {

		private final JdbcTemplate jdbc;

		WithinLock(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void begin() {
			this.jdbc.execute("savepoint automigrate_plan");
		}

		@Override
		public void mark() {
			this.jdbc.execute("savepoint automigrate_change");
		}

		@Override
		public void rollbackToMark() {
			this.jdbc.execute("rollback to automigrate_change");
		}

		@Override
		public void rollback() {
			this.jdbc.execute("rollback to automigrate_plan");
		}

		@Override
		public void commit() {
			this.jdbc.execute("release automigrate_plan");
		}

		@Override
		public void end() {
		}

	}

	/** A statement failed with {@code fail-on-error} set. */
	static final class Failure extends RuntimeException {

		Failure(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
