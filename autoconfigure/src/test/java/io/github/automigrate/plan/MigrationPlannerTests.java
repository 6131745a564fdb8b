package io.github.automigrate.plan;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.H2Dialect;
import io.github.automigrate.dialect.SqliteDialect;
import io.github.automigrate.diff.Drift;
import io.github.automigrate.diff.SchemaChange;
import io.github.automigrate.diff.SchemaDiff;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

import static io.github.automigrate.testsupport.ModelFixtures.column;
import static io.github.automigrate.testsupport.ModelFixtures.foreignKey;
import static io.github.automigrate.testsupport.ModelFixtures.index;
import static io.github.automigrate.testsupport.ModelFixtures.name;
import static io.github.automigrate.testsupport.ModelFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner, table-driven and without a database: a diff and what the data holds in,
 * each change's safety class, SQL and note out. The dialects are the real ones; the facts
 * about the data are given.
 */
class MigrationPlannerTests {

	private static final Dialect H2 = new H2Dialect("");

	private static final Dialect SQLITE = new SqliteDialect("");

	private static final ColumnType INTEGER = ColumnType.of(TypeKind.INTEGER);

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void addsANotNullColumnSoThatExistingRowsStayValid(NotNullCase row) {
		Table pet = table("pet", row.column()).build();
		MigrationPlan plan = new MigrationPlanner(row.dialect(), new Facts(row.tableHasRows(), false))
			.plan(diff(new SchemaChange.AddColumn(pet, row.column())));
		assertThat(plan.statements()).singleElement().satisfies((statement) -> {
			assertThat(statement.safety()).isEqualTo(row.safety());
			assertThat(statement.sql().get(0)).endsWith(" add column " + row.definition());
			assertThat(statement.changes().get(0).note()).isEqualTo(row.note());
		});
	}

	static Stream<NotNullCase> addsANotNullColumnSoThatExistingRowsStayValid() {
		Column score = column("score", INTEGER).nullable(false).origin("Pet.score").build();
		String nullableNote = "Mapped NOT NULL (Pet.score) but added nullable: existing rows have no value for it. Fill "
				+ "the column, then declare it NOT NULL yourself, or give the field a default with "
				+ "@Column(columnDefinition = \"... default ...\").";
		return Stream.of(
				new NotNullCase("a nullable column, whatever the rows", H2, true,
						column("score", INTEGER).origin("Pet.score").build(), Safety.AS_IS, "score integer", null),
				new NotNullCase("NOT NULL on an empty table", H2, false, score, Safety.AS_IS, "score integer not null",
						null),
				new NotNullCase("NOT NULL with rows and a mapped @ColumnDefault", H2, true,
						score.toBuilder().defaultExpression("7").build(), Safety.AS_IS,
						"score integer default 7 not null", null),
				new NotNullCase("NOT NULL with rows and a default in its column definition", H2, true,
						score.toBuilder().type(INTEGER.withDefinition("integer default 7")).build(), Safety.AS_IS,
						"score integer default 7 not null", null),
				new NotNullCase("NOT NULL with rows and a primitive's Java default", H2, true,
						score.toBuilder().fallbackDefault(0).build(), Safety.ADJUSTED,
						"score integer default 0 not null",
						"NOT NULL column added with DEFAULT 0 because existing rows have no value for it."),
				new NotNullCase("NOT NULL and unique with rows: one default would break the key", H2, true,
						score.toBuilder().fallbackDefault(0).unique(true).build(), Safety.ADJUSTED, "score integer",
						nullableNote),
				new NotNullCase("NOT NULL with rows and no default: nullable plus a warning", H2, true, score,
						Safety.ADJUSTED, "score integer", nullableNote),
				new NotNullCase("NOT NULL on an empty table where the database asks a default", SQLITE, false,
						score.toBuilder().fallbackDefault(0).build(), Safety.ADJUSTED,
						"score integer default 0 not null",
						"NOT NULL column added with DEFAULT 0 because SQLite adds a NOT NULL column only with a default."),
				new NotNullCase("NOT NULL on an empty table where the database asks a default it has not", SQLITE,
						false, score, Safety.ADJUSTED, "score integer",
						nullableNote.replace("existing rows have no value for it",
								"SQLite adds a NOT NULL column only with a default")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void givesEachChangeItsSafetyClass(SafetyCase row) {
		MigrationPlan plan = new MigrationPlanner(row.dialect(), new Facts(true, row.rowsHoldDuplicates()))
			.plan(diff(row.changes().toArray(SchemaChange[]::new)));
		SchemaChange judged = row.changes().get(row.changes().size() - 1);
		PlannedStatement statement = plan.statements()
			.stream()
			.filter((candidate) -> candidate.changes().stream().anyMatch((planned) -> planned.change().equals(judged)))
			.findFirst()
			.orElseThrow();
		PlannedChange planned = statement.changes()
			.stream()
			.filter((candidate) -> candidate.change().equals(judged))
			.findFirst()
			.orElseThrow();
		assertThat(planned.safety()).isEqualTo(row.safety());
		assertThat(planned.executable()).isEqualTo(row.safety() != Safety.NOT_POSSIBLE);
		assertThat(statement.sql().isEmpty()).isEqualTo(row.withoutSql());
	}

	static Stream<SafetyCase> givesEachChangeItsSafetyClass() {
		Column code = column("code", ColumnType.ofLength(TypeKind.VARCHAR, 20)).build();
		Table pet = table("pet", code, column("owner_id", TypeKind.BIGINT)).index(index("uk_code", true, "code"))
			.index(index("idx_code", false, "code"))
			.foreignKey(foreignKey("fk_pet_owner", "owner_id", "owner"))
			.build();
		SchemaChange unique = new SchemaChange.CreateIndex(pet, pet.indexes().get(0));
		SchemaChange plain = new SchemaChange.CreateIndex(pet, pet.indexes().get(1));
		SchemaChange foreignKey = new SchemaChange.AddForeignKey(pet, pet.foreignKeys().get(0));
		return Stream.of(
				new SafetyCase("a new table", H2, false, List.of(new SchemaChange.CreateTable(pet)), Safety.AS_IS,
						false),
				new SafetyCase("a new sequence", H2, false,
						List.of(new SchemaChange.CreateSequence(new Sequence(name("pet_seq"), 1, 50))), Safety.AS_IS,
						false),
				new SafetyCase("an index on rows that share values", H2, true, List.of(plain), Safety.AS_IS, false),
				new SafetyCase("a unique constraint on rows without duplicates", H2, false, List.of(unique),
						Safety.AS_IS, false),
				new SafetyCase("a unique constraint on rows that share values", H2, true, List.of(unique),
						Safety.NOT_POSSIBLE, false),
				new SafetyCase("a unique constraint on a table created in the same run", H2, true,
						List.of(new SchemaChange.CreateTable(pet), unique), Safety.AS_IS, false),
				new SafetyCase("a unique constraint on a column added in the same run", H2, true,
						List.of(new SchemaChange.AddColumn(pet, code), unique), Safety.AS_IS, false),
				new SafetyCase("a foreign key on an existing table", H2, false, List.of(foreignKey), Safety.AS_IS,
						false),
				new SafetyCase("a foreign key where the database cannot add one", SQLITE, false, List.of(foreignKey),
						Safety.NOT_POSSIBLE, true));
	}

	@Test
	void aUniqueConstraintThatRowsViolateSaysWhatToDo() {
		Table pet = table("pet", column("code", TypeKind.INTEGER)).index(index("uk_code", true, "code")).build();
		MigrationPlan plan = new MigrationPlanner(H2, new Facts(true, true))
			.plan(diff(new SchemaChange.CreateIndex(pet, pet.indexes().get(0))));
		assertThat(plan.statements().get(0).changes().get(0).note()).isEqualTo("Existing rows of pet share values in "
				+ "[code], so the unique constraint uk_code would fail. Remove the duplicates; the next start adds it.");
	}

	@Test
	void aColumnTheDatabaseCannotMakeIsNotPossibleWithItsReasonAndNoSql() {
		Column tags = column("tags", ColumnType.of(TypeKind.OTHER).withDefinition("string array")).origin("Pet.tags")
			.notPossible("Pet.tags is an array, and this database has none.")
			.build();
		Table pet = table("pet", tags).build();
		MigrationPlan plan = new MigrationPlanner(H2, new Facts(false, false))
			.plan(diff(new SchemaChange.CreateTable(pet.possibleColumns()), new SchemaChange.AddColumn(pet, tags)));
		assertThat(plan.statements()).hasSize(2);
		assertThat(plan.statements().get(0).sql()).singleElement().asString().doesNotContain("tags");
		PlannedStatement impossible = plan.statements().get(1);
		assertThat(impossible.safety()).isEqualTo(Safety.NOT_POSSIBLE);
		assertThat(impossible.sql()).isEmpty();
		assertThat(impossible.executable()).isFalse();
		assertThat(impossible.changes().get(0).note()).isEqualTo("Pet.tags is an array, and this database has none.");
	}

	@Test
	void theDriftGoesIntoThePlanUntouched() {
		Drift drift = new Drift(Drift.Kind.EXTRA_COLUMN, "pet.note", "", "CLOB");
		MigrationPlan plan = new MigrationPlanner(H2, new Facts(true, false))
			.plan(new SchemaDiff(List.of(), List.of(drift)));
		assertThat(plan.statements()).isEmpty();
		assertThat(plan.drift()).containsExactly(drift);
	}

	@ParameterizedTest
	@EnumSource
	void onlyChangesThatCannotTouchDataOrAreAdjustedAreExecuted(Safety safety) {
		PlannedChange change = new PlannedChange(new SchemaChange.CreateTable(table("pet").build()), safety, null);
		assertThat(change.executable()).isEqualTo(safety == Safety.AS_IS || safety == Safety.ADJUSTED);
	}

	private static SchemaDiff diff(SchemaChange... changes) {
		return new SchemaDiff(List.of(changes), List.of());
	}

	/** What the planner is told of the data: the same for every table. */
	private record Facts(boolean rows, boolean duplicates) implements TableFacts {

		@Override
		public boolean hasRows(TableName table) {
			return this.rows;
		}

		@Override
		public boolean hasDuplicates(TableName table, List<Identifier> columns) {
			return this.duplicates;
		}

	}

	/**
	 * One row of the NOT NULL rule.
	 *
	 * @param name what the row shows
	 * @param dialect the database's dialect
	 * @param tableHasRows whether the table the column is added to has rows
	 * @param column the column added
	 * @param safety the safety class expected
	 * @param definition the column's definition the {@code add column} should end with
	 * @param note the note expected, or {@code null}
	 */
	record NotNullCase(String name, Dialect dialect, boolean tableHasRows, Column column, Safety safety,
			String definition, @Nullable String note) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * One row of the safety classes: the last change is the one judged.
	 *
	 * @param name what the row shows
	 * @param dialect the database's dialect
	 * @param rowsHoldDuplicates whether existing rows share values in any columns asked
	 * @param changes the changes planned
	 * @param safety the last change's safety class
	 * @param withoutSql whether its statement has no SQL at all
	 */
	record SafetyCase(String name, Dialect dialect, boolean rowsHoldDuplicates, List<SchemaChange> changes,
			Safety safety, boolean withoutSql) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
