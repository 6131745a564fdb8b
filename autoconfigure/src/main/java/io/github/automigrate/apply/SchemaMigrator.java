package io.github.automigrate.apply;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.diff.KeySupport;
import io.github.automigrate.diff.SchemaDiff;
import io.github.automigrate.diff.SchemaDiffer;
import io.github.automigrate.introspect.SchemaIntrospector;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.TableName;
import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.plan.MigrationPlanner;
import io.github.automigrate.plan.PlannedStatement;
import io.github.automigrate.plan.Safety;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.report.StatementReport.Status;

/**
 * Runs the database side of the pipeline on one connection: read the schema, diff, plan, execute, and read it again
 * to verify that nothing is left to do (when there was something to do).
 */
public final class SchemaMigrator {

	private final DataSource dataSource;

	public SchemaMigrator(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Migrates the database to the expected schema, additively.
	 * @param request what to do
	 * @return the report of the run
	 * @throws MigrationFailedException if the run fails and {@code request.failOnError()} is set
	 */
	public MigrationReport migrate(MigrationRequest request) {
		Run run = new Run(request);
		try (Connection connection = this.dataSource.getConnection()) {
			return run.execute(connection);
		}
		catch (MigrationFailedException ex) {
			throw ex;
		}
		catch (SQLException | RuntimeException ex) {
			String error = "Could not migrate the schema: " + rootMessage(ex);
			MigrationReport report = run.report(Outcome.FAILED, error);
			if (request.failOnError()) {
				throw new MigrationFailedException(error, report, ex);
			}
			return report;
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = Objects.requireNonNullElse(NestedExceptionUtils.getRootCause(ex), ex);
		return Objects.requireNonNullElse(root.getMessage(), root.getClass().getName());
	}

	/** The state of one run, from which its report is made. */
	private static final class Run {

		private final MigrationRequest request;

		private final Instant startedAt = Instant.now();

		private final long started = System.nanoTime();

		private final List<StatementReport> statements = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private String database = "unknown";

		private String dialectName = "none";

		private MigrationPlan plan = new MigrationPlan(List.of(), List.of());

		Run(MigrationRequest request) {
			this.request = request;
			this.warnings.addAll(request.expected().warnings());
		}

		MigrationReport execute(Connection connection) throws SQLException {
			DatabaseMetaData metadata = connection.getMetaData();
			this.database = metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion();
			Dialect dialect = DialectResolver.resolve(metadata);
			this.dialectName = dialect.name();
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			Schema expected = inDatabaseTerms(this.request.expected().schema(), dialect, connection);
			SchemaIntrospector introspector = new SchemaIntrospector(jdbc, dialect);
			Set<Identifier> schemas = expected.tables().stream().map((table) -> table.name().schema())
				.filter(Objects::nonNull).collect(Collectors.toSet());
			MigrationPlanner planner = new MigrationPlanner(dialect, new JdbcTableFacts(jdbc, dialect));
			SchemaDiffer differ = new SchemaDiffer(dialect::storedType, new KeySupport(dialect.indexesQuery().isPresent(),
					dialect.foreignKeysQuery().isPresent(), dialect.foreignKeysInCreateTable()));
			this.plan = planner.plan(differ.diff(expected, introspector.read(schemas)));
			if (this.request.dryRun()) {
				this.plan.statements().forEach((statement) -> record(statement,
						statement.executable() ? Status.PLANNED : Status.NOT_POSSIBLE, 0, null));
				return report(this.plan.statements().isEmpty() ? Outcome.UP_TO_DATE : Outcome.PLANNED, null);
			}
			if (this.plan.statements().isEmpty()) {
				// Nothing planned, nothing executed: reading the schema again could only give the same empty diff.
				return report(Outcome.UP_TO_DATE, null);
			}
			String failure = apply(jdbc);
			if (failure != null) {
				return report(Outcome.FAILED, failure);
			}
			String unverified = verify(differ.diff(expected, introspector.read(schemas)));
			if (unverified != null) {
				return report(Outcome.FAILED, unverified);
			}
			return report(this.plan.executable().isEmpty() ? Outcome.UP_TO_DATE : Outcome.APPLIED, null);
		}

		/**
		 * Puts the mapped names where this database keeps them, and names in the connection's own schema as names in
		 * the default schema, so that {@code @Table(schema = "public")} is the same table as an unqualified one.
		 */
		private static Schema inDatabaseTerms(Schema mapped, Dialect dialect, Connection connection) throws SQLException {
			String current = dialect.schemasAreCatalogs() ? connection.getCatalog() : connection.getSchema();
			return mapped.withNames((name) -> {
				TableName namespaced = dialect.namespaced(name);
				boolean isDefault = namespaced.schema() != null && namespaced.schema().text().equalsIgnoreCase(current);
				return isDefault ? new TableName(null, namespaced.name()) : namespaced;
			});
		}

		/** Executes the plan; returns the first failure's message when the run carries on past failures. */
		private @Nullable String apply(JdbcTemplate jdbc) {
			String firstFailure = null;
			for (PlannedStatement statement : this.plan.statements()) {
				if (!statement.executable()) {
					record(statement, Status.NOT_POSSIBLE, 0, null);
					continue;
				}
				long start = System.nanoTime();
				try {
					statement.sql().forEach(jdbc::execute);
					record(statement, Status.APPLIED, start, null);
				}
				catch (RuntimeException ex) {
					String error = rootMessage(ex);
					record(statement, Status.FAILED, start, error);
					String message = "AutoMigrate could not " + statement.change().description() + ". SQL: "
							+ String.join("; ", statement.sql()) + ". Database error: " + error;
					if (this.request.failOnError()) {
						this.plan.statements().stream().skip(this.statements.size())
							.forEach((skipped) -> record(skipped, Status.SKIPPED, 0, null));
						throw new MigrationFailedException(message, report(Outcome.FAILED, message), ex);
					}
					firstFailure = (firstFailure != null) ? firstFailure : message;
				}
			}
			return firstFailure;
		}

		/** Checks that re-reading the schema leaves nothing to do but what this database cannot do. */
		private @Nullable String verify(SchemaDiff after) {
			Set<String> impossible = this.plan.statements().stream().filter((statement) -> statement.safety() == Safety.NOT_POSSIBLE)
				.map((statement) -> statement.change().description()).collect(Collectors.toSet());
			List<String> remaining = after.changes().stream().map((change) -> change.description())
				.filter((description) -> !impossible.contains(description)).toList();
			return remaining.isEmpty() ? null
					: "Verification failed: after applying, the database still lacks " + String.join(", ", remaining);
		}

		private void record(PlannedStatement statement, Status status, long startNanos, @Nullable String error) {
			long durationMs = (startNanos == 0) ? 0 : (System.nanoTime() - startNanos) / 1_000_000;
			this.statements.add(new StatementReport(statement.change().description(), statement.safety(), statement.sql(),
					status, durationMs, statement.note(), error));
		}

		MigrationReport report(Outcome outcome, @Nullable String error) {
			List<String> entities = this.request.entities();
			return new MigrationReport(this.startedAt, (System.nanoTime() - this.started) / 1_000_000, outcome,
					this.request.dryRun(), this.database, this.dialectName, this.request.packages(), entities,
					this.statements, this.warnings, this.plan.drift(), error);
		}

	}

}
