package io.github.automigrate.datajdbc;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.datajdbc.evolution.v1.JournalV1Application;
import io.github.automigrate.datajdbc.evolution.v2.JournalV2Application;
import io.github.automigrate.datajdbc.shapes.Person;
import io.github.automigrate.datajdbc.shapes.Repositories;
import io.github.automigrate.datajdbc.shapes.ShapesApplication;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot applications with Spring Data JDBC and the starter's auto-configuration, no
 * JPA: the schema exists before {@code data.sql} and the application's runners, a second
 * start executes nothing, and a new version of an aggregate gets its columns and tables
 * while old rows still load.
 */
class ApplicationStartTests {

	@ParameterizedTest
	@EnumSource(Databases.class)
	void startsOnAnEmptyDatabaseBeforeDataSqlAndTheApplicationsRunners(Databases kind) {
		Databases.Database database = kind.create();
		try {
			ShapesApplication.PEOPLE_SEEN_BY_RUNNER.set(-1);
			try (ConfigurableApplicationContext context = start(ShapesApplication.class, database,
					"spring.sql.init.mode=always", "spring.sql.init.data-locations=classpath:shapes-data.sql")) {
				MigrationReport report = lastReport(context);
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
				assertThat(report.entities()).contains(Person.class.getName());
				assertThat(ShapesApplication.PEOPLE_SEEN_BY_RUNNER).hasValue(1);
				assertThat(context.getBean(Repositories.People.class).findAll()).extracting(Person::firstName)
					.containsExactly("Seed");
			}
			try (ConfigurableApplicationContext context = start(ShapesApplication.class, database)) {
				MigrationReport report = lastReport(context);
				assertThat(report.executedCount()).as(report.toString()).isZero();
				assertThat(report.outcome()).isEqualTo(MigrationReport.Outcome.UP_TO_DATE);
			}
		}
		finally {
			database.drop().run();
		}
	}

	@ParameterizedTest
	@EnumSource(Databases.class)
	void aNewVersionOfAnAggregateGetsItsColumnAndTableAndOldRowsLoad(Databases kind) {
		Databases.Database database = kind.create();
		try {
			Long id;
			try (ConfigurableApplicationContext context = start(JournalV1Application.class, database)) {
				id = context.getBean(JournalV1Application.Journals.class)
					.save(new JournalV1Application.Journal(null, "first"))
					.id();
			}
			try (ConfigurableApplicationContext context = start(JournalV2Application.class, database)) {
				MigrationReport report = lastReport(context);
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
				// The mood column, the entry table, and its foreign key to the journal.
				assertThat(report.statements()).extracting(StatementReport::change)
					.anySatisfy((change) -> assertThat(change).containsIgnoringCase("mood"))
					.anySatisfy((change) -> assertThat(change).containsIgnoringCase("entry"));
				assertThat(report.executedCount()).isEqualTo(3);
				JournalV2Application.Journals journals = context.getBean(JournalV2Application.Journals.class);
				assertThat(journals.findById(id))
					.contains(new JournalV2Application.Journal(id, "first", null, List.of()));
				JournalV2Application.Journal changed = new JournalV2Application.Journal(id, "first", "glad",
						List.of(new JournalV2Application.Entry("one"), new JournalV2Application.Entry("two")));
				journals.save(changed);
				assertThat(journals.findById(id)).contains(changed);
			}
		}
		finally {
			database.drop().run();
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, Databases.Database database,
			String... properties) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties(database.properties(properties))
			.run();
	}

	private static MigrationReport lastReport(ConfigurableApplicationContext context) {
		return context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
	}

}
