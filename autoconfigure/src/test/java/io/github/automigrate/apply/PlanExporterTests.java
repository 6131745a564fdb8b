package io.github.automigrate.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.diff.SchemaChange;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TypeKind;
import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.plan.PlannedChange;
import io.github.automigrate.plan.PlannedStatement;
import io.github.automigrate.plan.Safety;

import static io.github.automigrate.testsupport.ModelFixtures.column;
import static io.github.automigrate.testsupport.ModelFixtures.index;
import static io.github.automigrate.testsupport.ModelFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The Flyway script a plan is exported as: plan in, exact script text out, no database.
 */
class PlanExporterTests {

	private static final ZonedDateTime AT = ZonedDateTime.of(2026, 12, 7, 23, 30, 5, 0, ZoneOffset.UTC);

	private static final String HEADER = "-- AutoMigrate plan for H2 2.3, 2026-12-07T23:30:05Z\n";

	private static final Table PET = table("pet", column("code", TypeKind.INTEGER), column("name", TypeKind.CLOB))
		.index(index("uk_code", true, "code"))
		.build();

	@ParameterizedTest
	@MethodSource
	void writesEachStatementUnderItsChanges(List<PlannedStatement> statements, String script) {
		assertThat(PlanExporter.script(new MigrationPlan(statements, List.of()), "H2 2.3", AT))
			.isEqualTo(HEADER + script);
	}

	static Stream<Arguments> writesEachStatementUnderItsChanges() {
		SchemaChange create = new SchemaChange.CreateTable(PET);
		SchemaChange addCode = new SchemaChange.AddColumn(PET, PET.columns().get(1));
		SchemaChange addName = new SchemaChange.AddColumn(PET, PET.columns().get(2));
		SchemaChange unique = new SchemaChange.CreateIndex(PET, PET.indexes().get(0));
		return Stream.of(
				argumentSet("a change applied as is",
						List.of(new PlannedStatement(create, Safety.AS_IS,
								List.of("create table pet (id bigint not null, primary key (id))"), null)),
						"""

								-- create table pet [AS_IS]
								create table pet (id bigint not null, primary key (id));
								"""),
				argumentSet("an adjusted change keeps its note", List.of(new PlannedStatement(addCode, Safety.ADJUSTED,
						List.of("alter table pet add column code integer"), "Mapped NOT NULL but added nullable.")), """

								-- add column pet.code [ADJUSTED]
								-- Mapped NOT NULL but added nullable.
								alter table pet add column code integer;
								"""),
				argumentSet("a statement that makes several changes names each",
						List.of(new PlannedStatement(
								List.of(new PlannedChange(addCode, Safety.AS_IS, null),
										new PlannedChange(addName, Safety.AS_IS, null)),
								List.of("alter table pet add (code integer, name clob)"))),
						"""

								-- add column pet.code [AS_IS]
								-- add column pet.name [AS_IS]
								alter table pet add (code integer, name clob);
								"""),
				argumentSet("a change the database cannot make is a comment", List.of(
						new PlannedStatement(addCode, Safety.AS_IS, List.of("alter table pet add column code integer"),
								null),
						new PlannedStatement(unique, Safety.NOT_POSSIBLE,
								List.of("alter table pet add constraint uk_code unique (code)"), "Rows share values.")),
						"""

								-- add column pet.code [AS_IS]
								alter table pet add column code integer;

								-- add unique constraint pet.uk_code [NOT_POSSIBLE]
								-- Rows share values.
								-- alter table pet add constraint uk_code unique (code);
								"""),
				argumentSet("a change of several statements",
						List.of(new PlannedStatement(addName, Safety.AS_IS, List
							.of("alter table pet add column name clob", "comment on column pet.name is 'the name'"),
								null)),
						"""

								-- add column pet.name [AS_IS]
								alter table pet add column name clob;
								comment on column pet.name is 'the name';
								"""));
	}

	@Test
	void writesAVersionedMigrationNamedByItsTime(@TempDir Path directory) throws IOException {
		MigrationPlan plan = new MigrationPlan(List.of(new PlannedStatement(new SchemaChange.CreateTable(PET),
				Safety.AS_IS, List.of("create table pet (id bigint)"), null)), List.of());
		Path file = PlanExporter.export(plan, directory.resolve("db/migration"), "H2 2.3");
		assertThat(file).isNotNull();
		assertThat(file.getParent()).isEqualTo(directory.resolve("db/migration"));
		assertThat(file.getFileName().toString()).matches("V\\d{14}__automigrate\\.sql");
		assertThat(Files.readString(file)).startsWith("-- AutoMigrate plan for H2 2.3, ")
			.endsWith("\n-- create table pet [AS_IS]\ncreate table pet (id bigint);\n");
	}

	@Test
	void writesNothingForAPlanWithNothingToExecute(@TempDir Path directory) {
		MigrationPlan plan = new MigrationPlan(List
			.of(new PlannedStatement(new SchemaChange.CreateIndex(PET, PET.indexes().get(0)), Safety.NOT_POSSIBLE,
					List.of("alter table pet add constraint uk_code unique (code)"), "Rows share values.")),
				List.of());
		assertThat(PlanExporter.export(plan, directory, "H2 2.3")).isNull();
		assertThat(directory).isEmptyDirectory();
	}

}
