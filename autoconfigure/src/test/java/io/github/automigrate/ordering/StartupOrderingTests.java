package io.github.automigrate.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

import io.github.automigrate.autoconfigure.AutoMigrateRunListener;
import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.ordering.model.Shelf;
import io.github.automigrate.report.MigrationReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Beans that Spring Boot orders after database initialization see the schema AutoMigrate
 * made, as they would see Flyway's: each test starts a real application on an empty H2
 * database. Run by the {@code ordering-tests} Surefire execution, the only one with
 * Spring Boot's Hibernate JPA auto-configuration on the class path.
 */
class StartupOrderingTests {

	private static final String HIBERNATE = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration";

	private static final String JDBC_TEMPLATE = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration";

	@BeforeAll
	static void onlyInTheOrderingExecution() {
		// A focused -Dtest run reaches the default execution too, which leaves Hibernate
		// off the class path.
		assumeTrue(ClassUtils.isPresent(HIBERNATE, null), "Spring Boot's Hibernate support is not on the class path");
	}

	@Test
	void jpaValidatePassesOnAnEmptyDatabase() {
		try (ConfigurableApplicationContext context = start(OrderingApplication.class,
				"spring.jpa.hibernate.ddl-auto=validate")) {
			assertThat(context.getBeansOfType(EntityManagerFactory.class)).hasSize(1);
			assertMigratedOnce(context);
		}
	}

	@Test
	void dataSqlFillsATableThatAutoMigrateMade() {
		try (ConfigurableApplicationContext context = start(OrderingApplication.class, "spring.sql.init.mode=always",
				"spring.sql.init.data-locations=classpath:ordering/data.sql",
				"spring.autoconfigure.exclude=" + HIBERNATE)) {
			assertThat(context.getBeansOfType(EntityManagerFactory.class)).isEmpty();
			assertThat(shelves(context)).isEqualTo(2);
			assertMigratedOnce(context);
		}
	}

	@Test
	void dataSqlAndJpaValidateTogether() {
		try (ConfigurableApplicationContext context = start(OrderingApplication.class, "spring.sql.init.mode=always",
				"spring.sql.init.data-locations=classpath:ordering/data.sql",
				"spring.jpa.hibernate.ddl-auto=validate")) {
			assertThat(shelves(context)).isEqualTo(2);
			assertMigratedOnce(context);
		}
	}

	@Test
	void aDependsOnDatabaseInitializationBeanReadsTheTableInItsConstructor() {
		try (ConfigurableApplicationContext context = start(ReaderApplication.class,
				"spring.autoconfigure.exclude=" + HIBERNATE + "," + JDBC_TEMPLATE)) {
			assertThat(context.getBean(ShelfReader.class).countAtConstruction).isZero();
			assertMigratedOnce(context);
		}
	}

	@Test
	void theRunnerMigratesWhenNothingNeedsTheSchemaEarlier() {
		try (ConfigurableApplicationContext context = start(OrderingApplication.class,
				"spring.autoconfigure.exclude=" + HIBERNATE + "," + JDBC_TEMPLATE, "spring.sql.init.mode=never")) {
			assertThat(context.getBean(Runs.class).migratedDuringRefresh).isFalse();
			assertMigratedOnce(context);
			assertThat(shelves(context)).isZero();
		}
	}

	@Test
	void theRunnerDoesNotMigrateAgainAfterTheInitializer() {
		try (ConfigurableApplicationContext context = start(OrderingApplication.class,
				"spring.autoconfigure.exclude=" + HIBERNATE, "spring.sql.init.mode=never")) {
			// The auto-configured JdbcTemplate depends on database initialization.
			assertThat(context.getBean(Runs.class).migratedDuringRefresh).isTrue();
			assertMigratedOnce(context);
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, String... properties) {
		List<String> all = new ArrayList<>(List.of(properties));
		all.add("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		all.add("spring.main.banner-mode=off");
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.run();
	}

	private static void assertMigratedOnce(ConfigurableApplicationContext context) {
		Runs runs = context.getBean(Runs.class);
		assertThat(runs.reports).hasSize(1);
		assertThat(runs.reports.get(0).outcome()).isEqualTo(MigrationReport.Outcome.APPLIED);
		assertThat(context.getBean(AutoMigrateRunner.class).getLastReport()).containsSame(runs.reports.get(0));
	}

	private static int shelves(ConfigurableApplicationContext context) {
		Integer count = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select count(*) from shelf",
				Integer.class);
		return (count != null) ? count : -1;
	}

	/** Counts runs and tells whether each came during the refresh. */
	static class Runs implements AutoMigrateRunListener {

		final List<MigrationReport> reports = new ArrayList<>();

		private final ConfigurableApplicationContext context;

		boolean migratedDuringRefresh;

		Runs(ConfigurableApplicationContext context) {
			this.context = context;
		}

		@Override
		public void onRun(MigrationReport report) {
			this.reports.add(report);
			// Runners are called after the refresh, once the context is active and
			// running.
			this.migratedDuringRefresh = !this.context.isRunning();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Shelf.class)
	static class OrderingApplication {

		@Bean
		Runs runs(ConfigurableApplicationContext context) {
			return new Runs(context);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Shelf.class)
	static class ReaderApplication {

		@Bean
		Runs runs(ConfigurableApplicationContext context) {
			return new Runs(context);
		}

		@Bean
		@DependsOnDatabaseInitialization
		ShelfReader shelfReader(DataSource dataSource) {
			return new ShelfReader(dataSource);
		}

	}

	/** Reads the table as soon as it is created: fails if the schema is not there yet. */
	static class ShelfReader {

		final int countAtConstruction;

		ShelfReader(DataSource dataSource) {
			Integer count = new JdbcTemplate(dataSource).queryForObject("select count(*) from shelf", Integer.class);
			this.countAtConstruction = (count != null) ? count : -1;
		}

	}

}
