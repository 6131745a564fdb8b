package io.github.automigrate.apply;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.diff.Drift;
import io.github.automigrate.diff.SchemaChange;
import io.github.automigrate.model.Column;
import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.plan.PlannedStatement;
import io.github.automigrate.plan.Safety;
import io.github.automigrate.report.DriftReport;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;

import static io.github.automigrate.testsupport.ModelFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * What a run records in the history table, and how a table of that name is recognised:
 * the pure part of the history, without a database.
 */
class HistoryTableTests {

	private static final Instant STARTED = Instant.parse("2026-12-07T23:30:05Z");

	@Test
	void aRunRecordsItselfThenItsChangesThenItsDrift() {
		StatementReport applied = new StatementReport("add column pet.name", Safety.AS_IS,
				List.of("alter table pet add column name clob", "comment on column pet.name is 'x'"),
				StatementReport.Status.APPLIED, 12, null, null);
		StatementReport failed = new StatementReport("create index pet.idx_name", Safety.AS_IS,
				List.of("create index idx_name on pet (name)"), StatementReport.Status.FAILED, 3, null,
				"no such column");
		DriftReport drift = DriftReport
			.of(new Drift(Drift.Kind.NARROWER_THAN_MAPPED, "pet.code", "VARCHAR(100)", "VARCHAR(50)"));
		List<Map<String, Object>> rows = rows(
				report(MigrationReport.Outcome.FAILED, List.of(applied, failed), List.of(drift), "create index failed"),
				"fp");
		assertThat(rows).extracting((row) -> row.get("seq")).containsExactly(0, 1, 2, 3);
		assertThat(rows).extracting((row) -> row.get("kind")).containsExactly("RUN", "STATEMENT", "STATEMENT", "DRIFT");
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("run_id")).isEqualTo("run-1");
			assertThat(row.get("executed_at")).isEqualTo(Timestamp.from(STARTED));
			assertThat(row.get("instance")).isEqualTo("host-a");
		});
		assertThat(rows.get(0)).containsEntry("description", "2 entities, 2 changes")
			.containsEntry("checksum", "abc")
			.containsEntry("outcome", "FAILED")
			.containsEntry("duration_ms", 250L)
			.containsEntry("error", "create index failed")
			.containsEntry("fingerprint", "fp")
			.containsEntry("sql_text", null);
		assertThat(rows.get(1)).containsEntry("description", "add column pet.name")
			.containsEntry("sql_text", "alter table pet add column name clob;\ncomment on column pet.name is 'x'")
			.containsEntry("safety", "AS_IS")
			.containsEntry("outcome", "APPLIED")
			.containsEntry("duration_ms", 12L)
			.containsEntry("error", null)
			.containsEntry("checksum", null);
		assertThat(rows.get(2)).containsEntry("outcome", "FAILED").containsEntry("error", "no such column");
		assertThat(rows.get(3)).containsEntry("description", "pet.code")
			.containsEntry("safety", "NEVER_APPLIED")
			.containsEntry("outcome", "NARROWER_THAN_MAPPED")
			.containsEntry("expected", "VARCHAR(100)")
			.containsEntry("actual", "VARCHAR(50)")
			.containsEntry("sql_text", null);
	}

	@Test
	void aRunWithAFingerprintKeepsItOnItsOwnRowOnly() {
		List<Map<String, Object>> rows = rows(report(MigrationReport.Outcome.UP_TO_DATE, List.of(),
				List.of(DriftReport.of(new Drift(Drift.Kind.EXTRA_TABLE, "legacy", "", "table"))), null), "fp");
		assertThat(rows).extracting((row) -> row.get("fingerprint")).containsExactly("fp", null);
	}

	@ParameterizedTest
	@MethodSource
	void longTextIsCutToItsColumn(String column, String text, int length) {
		StatementReport statement = new StatementReport("add column pet.name", Safety.AS_IS, List.of(text),
				StatementReport.Status.FAILED, 1, null, text);
		DriftReport drift = new DriftReport(Drift.Kind.TYPE_MISMATCH, "pet.name", text, text, Safety.NEVER_APPLIED);
		List<Map<String, Object>> rows = rows(
				report(MigrationReport.Outcome.FAILED, List.of(statement), List.of(drift), text), null);
		assertThat(rows).map((row) -> row.get(column))
			.filteredOn((value) -> value != null)
			.isNotEmpty()
			.allSatisfy((value) -> assertThat((String) value).hasSize(length).isEqualTo(text.substring(0, length)));
		int width = declaredLength(column);
		assertThat(width).isEqualTo(length);
	}

	static Stream<Arguments> longTextIsCutToItsColumn() {
		String longText = "x".repeat(5000);
		return Stream.of(argumentSet("the SQL", "sql_text", longText, HistoryTable.TEXT_LENGTH),
				argumentSet("an error", "error", longText, HistoryTable.TEXT_LENGTH),
				argumentSet("a drift's expected side", "expected", longText, 1000),
				argumentSet("a drift's actual side", "actual", longText, 1000));
	}

	@Test
	void everyValueARunWritesHasAColumn() {
		List<String> columns = new HistoryTable("automigrate_history").table()
			.columns()
			.stream()
			.map((column) -> column.name().text())
			.toList();
		assertThat(columns).containsAll(HistoryTable.ROW_COLUMNS);
		assertThat(rows(report(MigrationReport.Outcome.APPLIED, List.of(), List.of(), null), null))
			.allSatisfy((row) -> assertThat(row).hasSize(HistoryTable.ROW_COLUMNS.size()));
	}

	@ParameterizedTest
	@MethodSource
	void recognisesItsOwnTableOfAnyVersion(List<String> columns, boolean history) {
		assertThat(new HistoryTable("automigrate_history").isHistory(columns)).isEqualTo(history);
	}

	static Stream<Arguments> recognisesItsOwnTableOfAnyVersion() {
		List<String> first = List.of("run_id", "seq", "executed_at", "instance", "kind", "description", "checksum",
				"sql_text", "safety", "outcome", "duration_ms", "error");
		List<String> today = new HistoryTable("automigrate_history").table()
			.columns()
			.stream()
			.map((column) -> column.name().text())
			.toList();
		return Stream.of(argumentSet("today's shape", today, true), argumentSet("the first shape", first, true),
				argumentSet("the first shape, in upper case", first.stream().map(String::toUpperCase).toList(), true),
				argumentSet("a shape with columns of someone else's",
						Stream.concat(first.stream(), Stream.of("note")).toList(), true),
				argumentSet("a table lacking one of the first shape's columns", first.subList(1, first.size()), false),
				argumentSet("someone else's table", List.of("id", "name"), false));
	}

	@Test
	void refusesSomeoneElsesTableNamingWhatItLacks() {
		assertThatExceptionOfType(HistoryTableConflictException.class)
			.isThrownBy(() -> new HistoryTable("audit").checkIsHistory(List.of("ID", "RUN_ID", "SEQ")))
			.withMessageContaining("The history table audit (schema.automigrate.history.table)")
			.withMessageContaining("lacks the history's columns executed_at, instance, kind, description, checksum, "
					+ "sql_text, safety, outcome, duration_ms, error.");
	}

	@ParameterizedTest
	@MethodSource
	void theChecksumFollowsThePlansStatements(List<String> first, List<String> second, boolean same) {
		assertThat(HistoryTable.checksum(plan(first))).matches("[0-9a-f]{64}");
		assertThat(HistoryTable.checksum(plan(first)).equals(HistoryTable.checksum(plan(second)))).isEqualTo(same);
	}

	static Stream<Arguments> theChecksumFollowsThePlansStatements() {
		return Stream.of(
				argumentSet("the same statements", List.of("create table a (id int)"),
						List.of("create table a (id int)"), true),
				argumentSet("other statements", List.of("create table a (id int)"), List.of("create table b (id int)"),
						false),
				argumentSet("the same statements in another order",
						List.of("create table a (id int)", "create table b (id int)"),
						List.of("create table b (id int)", "create table a (id int)"), false));
	}

	private static MigrationPlan plan(List<String> sql) {
		return new MigrationPlan(sql.stream()
			.map((statement) -> new PlannedStatement(new SchemaChange.CreateTable(table(statement).build()),
					Safety.AS_IS, List.of(statement), null))
			.toList(), List.of());
	}

	private static MigrationReport report(MigrationReport.Outcome outcome, List<StatementReport> statements,
			List<DriftReport> drift, String error) {
		return new MigrationReport(STARTED, 250, outcome, false, "H2 2.3", "H2", List.of("com.example"),
				List.of("com.example.Pet", "com.example.Owner"), statements, List.of(), drift,
				MigrationReport.Comparison.FULL, error);
	}

	/** The rows of a run, each as its values by column name. */
	private static List<Map<String, Object>> rows(MigrationReport report, String fingerprint) {
		return HistoryTable.rows("run-1", report, "abc", "host-a", fingerprint).stream().map((values) -> {
			assertThat(values).hasSameSizeAs(HistoryTable.ROW_COLUMNS);
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 0; i < values.length; i++) {
				row.put(HistoryTable.ROW_COLUMNS.get(i), values[i]);
			}
			return row;
		}).toList();
	}

	private static int declaredLength(String name) {
		return new HistoryTable("automigrate_history").table()
			.columns()
			.stream()
			.filter((column) -> column.name().text().equals(name))
			.map(Column::type)
			.map((type) -> type.length())
			.findFirst()
			.orElseThrow();
	}

}
