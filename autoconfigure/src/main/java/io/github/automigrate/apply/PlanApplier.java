package io.github.automigrate.apply;

import java.sql.Connection;
import java.sql.SQLException;
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
 * Executes a plan. Where the database has transactional DDL the plan applies all or
 * nothing: a failure rolls it all back (with {@code fail-on-error}), or rolls back only
 * the failed change to a savepoint (without). Elsewhere it applies statement by
 * statement, and a run cut short is completed by the next start.
 */
final class PlanApplier {

	private final Connection connection;

	private final JdbcTemplate jdbc;

	private final boolean transactional;

	private final boolean failOnError;

	private final SqlText.Syntax syntax;

	/**
	 * The schema lock is itself a write transaction (SQLite's): the plan applies within
	 * it, as a savepoint.
	 */
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
	 * @return the first failure's message when failures are only reported, else
	 * {@code null}
	 * @throws Failure when a statement fails and {@code fail-on-error} is set
	 * @throws SQLException if the transaction cannot be handled
	 */
	@Nullable String apply(MigrationPlan plan) throws SQLException {
		PlanTransaction transaction = this.transactional ? (this.withinLock ? new PlanTransaction.WithinLock(this.jdbc)
				: new PlanTransaction.OnConnection(this.connection)) : null;
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

	private @Nullable String execute(PlannedStatement statement, MigrationPlan plan,
			@Nullable PlanTransaction transaction) throws SQLException {
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
				this.results.replaceAll(
						(done) -> (done.status() == Status.APPLIED) ? withStatus(done, Status.ROLLED_BACK) : done);
				message += ". Nothing was applied: the plan was rolled back as a whole.";
			}
			this.results.addAll(result(statement, Status.FAILED, start, error));
			plan.statements()
				.stream()
				.skip(this.done + 1L)
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

	/** A statement failed with {@code fail-on-error} set. */
	static final class Failure extends RuntimeException {

		Failure(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
