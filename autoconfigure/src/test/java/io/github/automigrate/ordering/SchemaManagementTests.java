package io.github.automigrate.ordering;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

import io.github.automigrate.ordering.model.Shelf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * AutoMigrate manages the schema, as Flyway does: on an embedded database with
 * {@code ddl-auto} unset, Spring Boot leaves Hibernate's DDL off instead of choosing
 * {@code create-drop}. Run by the {@code ordering-tests} Surefire execution, the only one
 * with Spring Boot's Hibernate JPA auto-configuration on the class path.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaManagementTests {

	private static final String HIBERNATE = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration";

	@BeforeAll
	static void onlyInTheOrderingExecution() {
		assumeTrue(ClassUtils.isPresent(HIBERNATE, null), "Spring Boot's Hibernate support is not on the class path");
	}

	@Test
	void rowsOnAnEmbeddedDatabaseOutliveTheApplication(CapturedOutput output) {
		// Named and kept open: a second start meets the same in-memory database, as long
		// as nothing dropped it.
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext first = start(url)) {
			// Spring Boot passes no hbm2ddl setting at all for "none".
			assertThat(first.getBean(EntityManagerFactory.class).getProperties())
				.doesNotContainKey("hibernate.hbm2ddl.auto");
			jdbc(first).update("insert into shelf (label, capacity) values ('fiction', 40)");
		}
		try (ConfigurableApplicationContext second = start(url)) {
			assertThat(jdbc(second).queryForObject("select count(*) from shelf", Integer.class)).isOne();
		}
		assertThat(output).contains("Closing JPA EntityManagerFactory");
		assertThat(output.getAll().lines().filter((line) -> line.contains("org.hibernate.SQL"))).isEmpty();
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(JpaApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + url, "spring.main.banner-mode=off",
					"logging.level.org.hibernate.SQL=debug", "spring.application.name=application")
			.run();
	}

	private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Shelf.class)
	static class JpaApplication {

	}

}
