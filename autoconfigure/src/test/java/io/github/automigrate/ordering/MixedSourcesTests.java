package io.github.automigrate.ordering;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.util.ClassUtils;

import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.ordering.casing.jpa.Shelf;
import io.github.automigrate.ordering.clash.jpa.Crate;
import io.github.automigrate.ordering.mixed.Author;
import io.github.automigrate.ordering.mixed.Note;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One Spring Boot application with JPA entities and Spring Data JDBC aggregates on one
 * database: both sources migrate, Hibernate and Spring Data each write and read their own
 * rows, and a table the two map differently stops the start with a message naming both
 * sources and both classes. Run by the {@code ordering-tests} Surefire execution, the
 * only one with Spring Boot's Hibernate JPA auto-configuration on the class path.
 */
class MixedSourcesTests {

	private static final String HIBERNATE = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration";

	@BeforeAll
	static void onlyInTheOrderingExecution() {
		assumeTrue(ClassUtils.isPresent(HIBERNATE, null), "Spring Boot's Hibernate support is not on the class path");
	}

	static Stream<TestDatabase> databases() {
		return Stream.of(EmbeddedDatabases.h2(), ServerDatabases.postgresql(), ServerDatabases.mariadb());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void jpaEntitiesAndJdbcAggregatesMigrateTogether(TestDatabase database) {
		try {
			DataSource dataSource = database.create();
			try (ConfigurableApplicationContext context = start(MixedApplication.class, dataSource)) {
				MigrationReport report = context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
				assertThat(report.entities()).contains(Author.class.getName(), Note.class.getName());
				EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
				try {
					entityManager.getTransaction().begin();
					entityManager.persist(new Author("Ada"));
					entityManager.getTransaction().commit();
					assertThat(entityManager.createQuery("select a from Author a", Author.class).getResultList())
						.extracting(Author::getName)
						.containsExactly("Ada");
				}
				finally {
					entityManager.close();
				}
				JdbcAggregateTemplate aggregates = context.getBean(JdbcAggregateTemplate.class);
				Note saved = aggregates.save(new Note(null, "todo", Set.of(new Note.Line("one"))));
				assertThat(aggregates.findById(saved.id(), Note.class)).isEqualTo(saved);
			}
			try (ConfigurableApplicationContext context = start(MixedApplication.class, dataSource)) {
				MigrationReport report = context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.UP_TO_DATE);
			}
		}
		finally {
			database.dropAll();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void aTableTheTwoSourcesMapDifferentlyStopsTheStartNamingBoth(TestDatabase database) {
		try {
			DataSource dataSource = database.create();
			assertThatException().isThrownBy(() -> start(ClashApplication.class, dataSource).close())
				.satisfies((ex) -> {
					MappingException mapping = find(ex, MappingException.class);
					assertThat(mapping.getMessage()).contains("JPA entities", "Spring Data JDBC aggregates",
							Crate.class.getName(), io.github.automigrate.ordering.clash.jdbc.Crate.class.getName());
				});
		}
		finally {
			database.dropAll();
		}
	}

	static Stream<TestDatabase> databasesFoldingIdToOneName() {
		return Stream.of(EmbeddedDatabases.h2(), ServerDatabases.mariadb());
	}

	/**
	 * Spring Data's quoted {@code "ID"} and JPA's unquoted {@code id} name one column
	 * where the database folds unquoted names to upper case (H2) or ignores case
	 * (MariaDB): one table, which Hibernate and Spring Data both write and read.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("databasesFoldingIdToOneName")
	void aQuotedNameAndTheUnquotedNameItFoldsToAreOneColumn(TestDatabase database) {
		try {
			DataSource dataSource = database.create();
			try (ConfigurableApplicationContext context = start(CasingApplication.class, dataSource)) {
				MigrationReport report = context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
				EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
				try {
					entityManager.getTransaction().begin();
					entityManager.persist(new Shelf("oak"));
					entityManager.getTransaction().commit();
				}
				finally {
					entityManager.close();
				}
				JdbcAggregateTemplate aggregates = context.getBean(JdbcAggregateTemplate.class);
				io.github.automigrate.ordering.casing.jdbc.Shelf saved = aggregates
					.save(new io.github.automigrate.ordering.casing.jdbc.Shelf(null, "pine"));
				assertThat(aggregates.findAll(io.github.automigrate.ordering.casing.jdbc.Shelf.class))
					.extracting(io.github.automigrate.ordering.casing.jdbc.Shelf::label)
					.containsExactlyInAnyOrder("oak", "pine");
				assertThat(aggregates.findById(saved.id(), io.github.automigrate.ordering.casing.jdbc.Shelf.class))
					.isEqualTo(saved);
			}
		}
		finally {
			database.dropAll();
		}
	}

	/**
	 * On PostgreSQL, which folds unquoted names to lower case, {@code "ID"} and
	 * {@code id} are two columns: the two sources map table {@code shelf} differently,
	 * and the start stops naming both, before any statement.
	 */
	@Test
	void aQuotedNameAndAnUnquotedNameTheDatabaseFoldsOtherwiseAreTwoColumns() {
		TestDatabase database = ServerDatabases.postgresql();
		try {
			DataSource dataSource = database.create();
			assertThatException().isThrownBy(() -> start(CasingApplication.class, dataSource).close())
				.satisfies((ex) -> {
					MappingException mapping = find(ex, MappingException.class);
					assertThat(mapping.getMessage()).contains("JPA entities", "Spring Data JDBC aggregates",
							Shelf.class.getName(), io.github.automigrate.ordering.casing.jdbc.Shelf.class.getName(),
							"\"ID\"", "differently");
				});
		}
		finally {
			database.dropAll();
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, DataSource dataSource) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource))
			.properties("spring.main.banner-mode=off")
			.run();
	}

	private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		List<Throwable> causes = new java.util.ArrayList<>();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			causes.add(cause);
		}
		throw new AssertionError("No " + type.getSimpleName() + " among " + causes, ex);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Note.class)
	static class MixedApplication extends AbstractJdbcConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = { Shelf.class, io.github.automigrate.ordering.casing.jdbc.Shelf.class })
	static class CasingApplication extends AbstractJdbcConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = { Crate.class, io.github.automigrate.ordering.clash.jdbc.Crate.class })
	static class ClashApplication {

	}

}
