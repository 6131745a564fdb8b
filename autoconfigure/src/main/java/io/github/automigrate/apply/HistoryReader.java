package io.github.automigrate.apply;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.introspect.SchemaIntrospector;

/**
 * Reads the recent runs from the history table, for the endpoint.
 */
public final class HistoryReader {

	private final DataSource dataSource;

	private final HistoryTable table;

	public HistoryReader(DataSource dataSource, String table) {
		this.dataSource = dataSource;
		this.table = new HistoryTable(table);
	}

	/**
	 * The most recent runs, newest first, each with its statements.
	 * @param limit how many runs
	 * @return the runs; empty when there is no history yet, or the table of its name is
	 * not AutoMigrate's
	 */
	public List<Run> recent(int limit) {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		try {
			Dialect dialect = jdbc
				.execute((Connection connection) -> DialectResolver.resolve(connection.getMetaData()));
			// Only AutoMigrate's history is read: a table of its name that is someone
			// else's is not shown as runs.
			Optional<List<String>> columns = new SchemaIntrospector(jdbc, dialect).columnNames(this.table.name());
			if (columns.isEmpty() || !this.table.isHistory(columns.get())) {
				return List.of();
			}
			String name = dialect.quote(this.table.name());
			List<Run> runs = jdbc.query(
					"select run_id, executed_at, instance, outcome, checksum, duration_ms, error from " + name
							+ " where seq = 0 order by executed_at desc limit " + limit,
					(row, index) -> new Run(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3),
							row.getString(4), row.getString(5), row.getLong(6), row.getString(7), new ArrayList<>()));
			if (runs.isEmpty()) {
				return runs;
			}
			Map<String, Run> byId = runs.stream().collect(Collectors.toMap(Run::runId, (run) -> run));
			String ids = String.join(", ", Collections.nCopies(runs.size(), "?"));
			jdbc.query("select run_id, description, sql_text, safety, outcome, duration_ms, error from " + name
					+ " where kind = '" + HistoryTable.STATEMENT + "' and run_id in (" + ids + ") order by run_id, seq",
					(RowCallbackHandler) (row) -> byId.get(row.getString(1))
						.statements()
						.add(new Statement(row.getString(2), row.getString(3), row.getString(4), row.getString(5),
								row.getLong(6), row.getString(7))),
					byId.keySet().toArray());
			return runs;
		}
		catch (DataAccessException ex) {
			// No history table yet, or none readable: the endpoint shows the last run
			// only.
			return List.of();
		}
	}

	/**
	 * One recorded run.
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
	public record Run(String runId, Instant executedAt, @Nullable String instance, String outcome,
			@Nullable String checksum, long durationMs, @Nullable String error, List<Statement> statements) {
	}

	/**
	 * One recorded statement.
	 *
	 * @param change what it does
	 * @param sql its SQL
	 * @param safety its safety class
	 * @param outcome what happened
	 * @param durationMs how long it took
	 * @param error the database's error, or {@code null}
	 */
	public record Statement(String change, @Nullable String sql, @Nullable String safety, String outcome,
			long durationMs, @Nullable String error) {
	}

}
