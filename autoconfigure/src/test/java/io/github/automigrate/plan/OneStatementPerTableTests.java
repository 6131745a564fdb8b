package io.github.automigrate.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.H2Dialect;
import io.github.automigrate.dialect.SqliteDialect;
import io.github.automigrate.diff.SchemaChange;
import io.github.automigrate.diff.SchemaDiff;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which changes share a statement: a diff in, the plan's statements out, no database.
 */
class OneStatementPerTableTests {

	private static final Dialect H2 = new H2Dialect("");

	private static final TableFacts EMPTY_TABLES = (table) -> false;

	@Test
	void aCycleOfNewTablesKeepsOneForeignKeyApart() {
		Table team = table("team", List.of(column("captain_id", true)), List.of(),
				List.of(foreignKey("fk_captain", "captain_id", "player")));
		Table player = table("player", List.of(column("team_id", true)), List.of(),
				List.of(foreignKey("fk_team", "team_id", "team")));
		MigrationPlan plan = new MigrationPlanner(H2, EMPTY_TABLES).plan(diff(new SchemaChange.CreateTable(player),
				new SchemaChange.CreateTable(team), new SchemaChange.AddForeignKey(player, player.foreignKeys().get(0)),
				new SchemaChange.AddForeignKey(team, team.foreignKeys().get(0))));
		assertThat(plan.statements()).extracting(PlannedStatement::description)
			.containsExactly("create table player", "create table team, add foreign key team.fk_captain",
					"add foreign key player.fk_team");
		assertThat(plan.statements().get(1).sql()).singleElement()
			.asString()
			.contains("constraint fk_captain foreign key");
	}

	@Test
	void aForeignKeyToAColumnAddedInTheSameRunKeepsItsOwnStatementAtTheEnd() {
		Table code = table("code", List.of(column("value", true)),
				List.of(new Index(id("uk_value"), List.of(id("value")), true)), List.of());
		Table usage = table("usage", List.of(column("code_value", true)), List.of(),
				List.of(new ForeignKey(id("fk_code"), List.of(id("code_value")), name("code"), List.of(id("value")))));
		MigrationPlan plan = new MigrationPlanner(H2, EMPTY_TABLES)
			.plan(diff(new SchemaChange.CreateTable(usage), new SchemaChange.AddColumn(code, code.columns().get(1)),
					new SchemaChange.CreateIndex(code, code.indexes().get(0)),
					new SchemaChange.AddForeignKey(usage, usage.foreignKeys().get(0))));
		assertThat(plan.statements()).extracting(PlannedStatement::description)
			.containsExactly("create table usage", "add column code.value, add unique constraint code.uk_value",
					"add foreign key usage.fk_code");
		assertThat(plan.statements().get(1).sql())
			.containsExactly("alter table code add (\"VALUE\" bigint, constraint uk_value unique (\"VALUE\"))");
	}

	@Test
	void aUniqueConstraintThatRowsViolateIsNotJoinedWithWhatIsApplied() {
		// label exists and holds duplicates; value and note are added.
		Table code = table("code", List.of(column("label", true), column("value", true), column("note", true)),
				List.of(new Index(id("uk_label"), List.of(id("label")), true)), List.of());
		TableFacts duplicates = new TableFacts() {

			@Override
			public boolean hasRows(TableName table) {
				return true;
			}

			@Override
			public boolean hasDuplicates(TableName table, List<Identifier> columns) {
				return true;
			}

		};
		MigrationPlan plan = new MigrationPlanner(H2, duplicates)
			.plan(diff(new SchemaChange.AddColumn(code, code.columns().get(2)),
					new SchemaChange.CreateIndex(code, code.indexes().get(0)),
					new SchemaChange.AddColumn(code, code.columns().get(3))));
		assertThat(plan.statements()).extracting(PlannedStatement::description)
			.containsExactly("add column code.value, add column code.note", "add unique constraint code.uk_label");
		assertThat(plan.statements()).extracting(PlannedStatement::safety)
			.containsExactly(Safety.AS_IS, Safety.NOT_POSSIBLE);
	}

	@Test
	void aStatementIsAsStrictAsItsStrictestChange() {
		Table code = table("code", List.of(column("label", true), column("rank", false)), List.of(), List.of());
		MigrationPlan plan = new MigrationPlanner(H2, (table) -> true)
			.plan(diff(new SchemaChange.AddColumn(code, code.columns().get(1)),
					new SchemaChange.AddColumn(code, code.columns().get(2))));
		assertThat(plan.statements()).singleElement().satisfies((statement) -> {
			assertThat(statement.safety()).isEqualTo(Safety.ADJUSTED);
			assertThat(statement.changes()).extracting(PlannedChange::safety)
				.containsExactly(Safety.AS_IS, Safety.ADJUSTED);
			assertThat(statement.changes().get(1).note()).contains("added nullable");
		});
	}

	@Test
	void sqliteTakesOneAdditionPerStatement() {
		Table code = table("code", List.of(column("label", true), column("value", true)), List.of(), List.of());
		MigrationPlan plan = new MigrationPlanner(new SqliteDialect(""), EMPTY_TABLES)
			.plan(diff(new SchemaChange.AddColumn(code, code.columns().get(1)),
					new SchemaChange.AddColumn(code, code.columns().get(2))));
		assertThat(plan.statements()).extracting(PlannedStatement::description)
			.containsExactly("add column code.label", "add column code.value");
	}

	private static SchemaDiff diff(SchemaChange... changes) {
		return new SchemaDiff(List.of(changes), List.of());
	}

	private static Table table(String name, List<Column> columns, List<Index> indexes, List<ForeignKey> foreignKeys) {
		List<Column> all = new java.util.ArrayList<>(List.of(column("id", false)));
		all.addAll(columns);
		return Table.builder(name(name))
			.columns(all)
			.primaryKey(List.of(id("id")))
			.indexes(indexes)
			.foreignKeys(foreignKeys)
			.build();
	}

	private static ForeignKey foreignKey(String name, String column, String referenced) {
		return new ForeignKey(id(name), List.of(id(column)), name(referenced), List.of(id("id")));
	}

	private static TableName name(String name) {
		return new TableName(null, id(name));
	}

	private static Identifier id(String name) {
		return new Identifier(name, false);
	}

	private static Column column(String name, boolean nullable) {
		return Column.builder(name, ColumnType.of(TypeKind.BIGINT)).nullable(nullable).build();
	}

}
