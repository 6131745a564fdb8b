package io.github.automigrate.apply;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.diff.Drift;
import io.github.automigrate.introspect.SchemaIntrospector;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;
import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.report.DriftReport;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;

/**
 * The history table: one row per run ({@code seq} 0) and one per planned change, with
 * when, which instance, the plan's checksum, the SQL, the outcome and the duration, and
 * one per drift it found; a run that found nothing to do but drift also keeps its
 * {@link Fingerprint}. AutoMigrate creates it like any mapped table, and adds the columns
 * of later versions to one of an earlier shape; but a table of its name that is not its
 * history it never touches.
 * <p>
 * Longer than most classes here: the history table's every shape is here (made,
 * recognised in its earlier forms, written and read back), so that one class owns its
 * columns.
 */
final class HistoryTable implements MigrationHistory {

	static final int TEXT_LENGTH = 4000;

	private static final int SHORT_TEXT_LENGTH = 1000;

	/** The kinds of row: a run, one of its statements, one drift it found. */
	static final String RUN = "RUN";

	static final String STATEMENT = "STATEMENT";

	static final String DRIFT = "DRIFT";

	/**
	 * The columns of the history's first shape, which every history table AutoMigrate
	 * created has: a table of this name that lacks one of them is someone else's. Later
	 * versions only add columns.
	 */
	private static final List<String> FIRST_SHAPE = List.of("run_id", "seq", "executed_at", "instance", "kind",
			"description", "checksum", "sql_text", "safety", "outcome", "duration_ms", "error");

	/** The columns a run writes, in the order of the values of {@link #rows}. */
	static final List<String> ROW_COLUMNS = List.of("run_id", "seq", "executed_at", "instance", "kind", "description",
			"checksum", "sql_text", "safety", "outcome", "duration_ms", "error", "fingerprint", "expected", "actual");

	/**
	 * The SQL types of {@link #ROW_COLUMNS}: given, a null is bound without asking the
	 * driver for the parameter's type (MariaDB's answers with an exception, one per null
	 * of every row).
	 */
	private static final int[] ROW_TYPES = { Types.VARCHAR, Types.INTEGER, Types.TIMESTAMP, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };

	private final TableName name;

	HistoryTable(String name) {
		this.name = new TableName(null, Identifier.of(name));
	}

	@Override
	public List<Table> tables() {
		return List.of(table());
	}

	@Override
	public boolean exists(JdbcTemplate jdbc, Dialect dialect) {
		Optional<List<String>> columns = new SchemaIntrospector(jdbc, dialect).columnNames(this.name);
		columns.ifPresent(this::checkIsHistory);
		return columns.isPresent();
	}

	@Override
	public boolean keepsFingerprints() {
		return true;
	}

	/** The table as AutoMigrate expects it. */
	Table table() {
		List<Column> columns = List.of(column("run_id", ColumnType.ofLength(TypeKind.VARCHAR, 36), false),
				column("seq", ColumnType.of(TypeKind.INTEGER), false),
				column("executed_at", ColumnType.of(TypeKind.TIMESTAMP), false),
				column("instance", ColumnType.ofLength(TypeKind.VARCHAR, 255), true),
				column("kind", ColumnType.ofLength(TypeKind.VARCHAR, 10), false),
				column("description", ColumnType.ofLength(TypeKind.VARCHAR, SHORT_TEXT_LENGTH), true),
				column("checksum", ColumnType.ofLength(TypeKind.VARCHAR, 64), true),
				column("sql_text", ColumnType.ofLength(TypeKind.VARCHAR, TEXT_LENGTH), true),
				column("safety", ColumnType.ofLength(TypeKind.VARCHAR, 20), true),
				column("outcome", ColumnType.ofLength(TypeKind.VARCHAR, 20), false),
				column("duration_ms", ColumnType.of(TypeKind.BIGINT), true),
				column("error", ColumnType.ofLength(TypeKind.VARCHAR, TEXT_LENGTH), true),
				column("fingerprint", ColumnType.ofLength(TypeKind.VARCHAR, 64), true),
				column("expected", ColumnType.ofLength(TypeKind.VARCHAR, SHORT_TEXT_LENGTH), true),
				column("actual", ColumnType.ofLength(TypeKind.VARCHAR, SHORT_TEXT_LENGTH), true));
		Index byFingerprint = new Index(new Identifier(this.name.name().text() + "_fingerprint", false),
				List.of(new Identifier("fingerprint", false)), false);
		return Table.builder(this.name)
			.columns(columns)
			.primaryKey(List.of(new Identifier("run_id", false), new Identifier("seq", false)))
			.index(byFingerprint)
			.origin("AutoMigrate history")
			.build();
	}

	/**
	 * Whether a table of this name is AutoMigrate's history, of this shape or an earlier
	 * one.
	 * @param columns the names of its columns, in any case
	 * @return true if it is
	 */
	boolean isHistory(Collection<String> columns) {
		return missing(columns).isEmpty();
	}

	/**
	 * Refuses a table of this name that is not AutoMigrate's history.
	 * @param columns the names of its columns, in any case
	 * @throws HistoryTableConflictException if it is not the history
	 */
	void checkIsHistory(Collection<String> columns) {
		List<String> missing = missing(columns);
		if (!missing.isEmpty()) {
			throw new HistoryTableConflictException(this.name, missing);
		}
	}

	private static List<String> missing(Collection<String> columns) {
		Set<String> present = columns.stream()
			.map((column) -> column.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		return FIRST_SHAPE.stream().filter((column) -> !present.contains(column)).toList();
	}

	private static Column column(String name, ColumnType type, boolean nullable) {
		return Column.builder(name, type).nullable(nullable).origin("AutoMigrate history").build();
	}

	@Override
	public void record(JdbcTemplate jdbc, Dialect dialect, MigrationReport report, String checksum, String instance,
			Optional<String> fingerprint) {
		List<Object[]> rows = rows(UUID.randomUUID().toString(), report, checksum, instance, fingerprint.orElse(null));
		String insert = "insert into " + dialect.quote(this.name) + " (" + String.join(", ", ROW_COLUMNS) + ") values ("
				+ ROW_COLUMNS.stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")";
		if (dialect.schemaLock().isTransaction()) {
			// Within the write transaction the schema lock holds, which commits the rows
			// with the run.
			jdbc.batchUpdate(insert, rows, ROW_TYPES);
			return;
		}
		// One transaction for the run's rows: all or none of them, and one commit (SQLite
		// syncs its file per commit).
		new TransactionTemplate(new DataSourceTransactionManager(Objects.requireNonNull(jdbc.getDataSource())))
			.executeWithoutResult((status) -> jdbc.batchUpdate(insert, rows, ROW_TYPES));
	}

	/**
	 * The rows a run records, their values in the order of {@link #ROW_COLUMNS}: the run
	 * ({@code seq} 0), then one per planned change, then one per drift.
	 * @param runId the run's id
	 * @param report the run's report
	 * @param checksum the plan's checksum
	 * @param instance who ran it
	 * @param fingerprint the run's fingerprint, when it found nothing to do; else
	 * {@code null}
	 * @return the rows
	 */
	static List<Object[]> rows(String runId, MigrationReport report, String checksum, String instance,
			@Nullable String fingerprint) {
		Timestamp at = Timestamp.from(report.startedAt());
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { runId, 0, at, instance, RUN,
				report.entities().size() + " entities, " + report.statements().size() + " changes", checksum, null,
				null, report.outcome().name(), report.durationMs(), truncate(report.error()), fingerprint, null,
				null });
		int seq = 1;
		for (StatementReport statement : report.statements()) {
			rows.add(new Object[] { runId, seq++, at, instance, STATEMENT, statement.change(), null,
					truncate(sqlText(statement.sql())), statement.safety().name(), statement.status().name(),
					statement.durationMs(), truncate(statement.error()), null, null, null });
		}
		for (DriftReport drift : report.drift()) {
			rows.add(new Object[] { runId, seq++, at, instance, DRIFT, drift.object(), null, null,
					drift.safety().name(), drift.kind().name(), null, null, null,
					truncate(drift.expected(), SHORT_TEXT_LENGTH), truncate(drift.actual(), SHORT_TEXT_LENGTH) });
		}
		return rows;
	}

	/**
	 * The checksum of a plan: SHA-256 of its statements.
	 * @param plan the plan
	 * @return the checksum, in hex
	 */
	static String checksum(MigrationPlan plan) {
		return Fingerprint.sha256(plan.statements().stream().flatMap((statement) -> statement.sql().stream()), ";");
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Empty too when the table cannot be read in this form (an earlier version's).
	 */
	@Override
	public Optional<List<Drift>> recorded(JdbcTemplate jdbc, Dialect dialect, String fingerprint) {
		String table = dialect.quote(this.name);
		try {
			List<@Nullable Drift> rows = jdbc.query("select kind, description, outcome, expected, actual from " + table
					+ " where run_id = (select max(run_id) from " + table + " where fingerprint = ? and seq = 0)"
					+ " and kind in ('" + RUN + "', '" + DRIFT + "') order by seq",
					(row, index) -> DRIFT.equals(row.getString(1)) ? new Drift(Drift.Kind.valueOf(row.getString(3)),
							row.getString(2), text(row.getString(4)), text(row.getString(5))) : null,
					fingerprint);
			return rows.isEmpty() ? Optional.empty() : Optional.of(rows.stream().filter(Objects::nonNull).toList());
		}
		catch (DataAccessException ex) {
			return Optional.empty();
		}
	}

	/** Drift has an empty string where a value does not apply. */
	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/** A change's statements as the history keeps them; one alone is not copied. */
	private static String sqlText(List<String> sql) {
		return (sql.size() == 1) ? sql.get(0) : String.join(";\n", sql);
	}

	private static @Nullable String truncate(@Nullable String text) {
		return truncate(text, TEXT_LENGTH);
	}

	private static @Nullable String truncate(@Nullable String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

	/** The table's name. */
	TableName name() {
		return this.name;
	}

	@Override
	public String toString() {
		return this.name.toString();
	}

}
