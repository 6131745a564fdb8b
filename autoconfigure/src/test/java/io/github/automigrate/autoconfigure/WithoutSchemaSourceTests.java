package io.github.automigrate.autoconfigure;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.mapping.jpa.ScannedClasses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An application whose schema sources find nothing (no entity, or no JPA API at all)
 * starts, says so once, and is not migrated: no history table.
 */
@ExtendWith(OutputCaptureExtension.class)
class WithoutSchemaSourceTests {

	private static final String NOTHING_FOUND = "no schema source found anything to migrate";

	// Spring Data JDBC is on this module's test class path too: its source is there, and
	// finds no aggregate here.
	private static final String JPA_SOURCE = "autoMigrateJpaSchemaSource";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AutoMigrateAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	@Test
	void withoutTheJpaApiTheApplicationStartsWithNoSourceAndMigratesNothing(CapturedOutput output) {
		this.contextRunner.withClassLoader(new FilteredClassLoader("jakarta.persistence")).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(AutoMigrateRunner.class)
				.doesNotHaveBean(JPA_SOURCE)
				.doesNotHaveBean(ScannedClasses.class);
			assertThat(context.getBean(AutoMigrateRunner.class).migrateOnStartup()).isNull();
			assertThat(context.getBean(AutoMigrateRunner.class).migrateOnStartup()).isNull();
			assertThat(NoJpaApplication.historyTables(context.getBean(DataSource.class))).isZero();
		});
		assertThat(output).containsOnlyOnce(NOTHING_FOUND).doesNotContain("JPA entities");
	}

	@Test
	void anApplicationWhoseScanFindsNoEntityIsNotMigrated(CapturedOutput output) {
		this.contextRunner.withPropertyValues("schema.automigrate.packages=com.example.nothing.here").run((context) -> {
			assertThat(context).hasBean(JPA_SOURCE);
			assertThat(context.getBean(AutoMigrateRunner.class).migrate()).isNull();
			assertThat(context.getBean(AutoMigrateRunner.class).getLastReport()).isEmpty();
			assertThat(NoJpaApplication.historyTables(context.getBean(DataSource.class))).isZero();
		});
		assertThat(output).containsOnlyOnce(NOTHING_FOUND).contains("sources asked: JPA entities");
	}

	@Test
	void startsWhereTheJpaApiIsNotOnTheClassPathAtAll() throws Exception {
		String[] classPath = System.getProperty("java.class.path").split(File.pathSeparator);
		assertThat(classPath).anyMatch((entry) -> entry.contains("jakarta.persistence-api"));
		URL[] withoutJpa = Arrays.stream(classPath)
			.filter((entry) -> !entry.contains("jakarta.persistence-api"))
			.map(WithoutSchemaSourceTests::url)
			.toArray(URL[]::new);
		try (URLClassLoader loader = new URLClassLoader(withoutJpa, ClassLoader.getPlatformClassLoader())) {
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> loader.loadClass("jakarta.persistence.Entity"));
			// The runner's assertable context is a proxy made in the thread's context
			// class loader.
			ClassLoader previous = Thread.currentThread().getContextClassLoader();
			Thread.currentThread().setContextClassLoader(loader);
			try {
				Object started = loader.loadClass(NoJpaApplication.class.getName()).getMethod("start").invoke(null);
				assertThat(started).isEqualTo("started: no JPA source, no run, 0 history tables");
			}
			finally {
				Thread.currentThread().setContextClassLoader(previous);
			}
		}
	}

	private static URL url(String entry) {
		try {
			return new File(entry).toURI().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Starts the auto-configuration in a class loader that has no JPA API: any class on
	 * the way that needs it fails to load.
	 */
	public static final class NoJpaApplication {

		private NoJpaApplication() {
		}

		static int historyTables(DataSource dataSource) {
			Integer count = new JdbcTemplate(dataSource).queryForObject(
					"select count(*) from information_schema.tables where lower(table_name) = 'automigrate_history'",
					Integer.class);
			return (count != null) ? count : -1;
		}

		public static String start() {
			StringBuilder result = new StringBuilder();
			new ApplicationContextRunner()
				.withConfiguration(
						AutoConfigurations.of(DataSourceAutoConfiguration.class, AutoMigrateAutoConfiguration.class))
				.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
				.run((context) -> {
					if (context.getStartupFailure() != null) {
						throw new IllegalStateException(context.getStartupFailure());
					}
					result.append("started: ")
						.append(context.containsBean(JPA_SOURCE) ? "a JPA source" : "no JPA source")
						.append(", ")
						.append((context.getBean(AutoMigrateRunner.class).migrateOnStartup() == null) ? "no run"
								: "a run")
						.append(", ")
						.append(historyTables(context.getBean(DataSource.class)))
						.append(" history tables");
				});
			return result.toString();
		}

	}

}
