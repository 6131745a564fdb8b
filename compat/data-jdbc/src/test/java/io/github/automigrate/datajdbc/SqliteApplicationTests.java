package io.github.automigrate.datajdbc;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.datajdbc.sqlite.SqliteApplication;
import io.github.automigrate.report.MigrationReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLite, for which Spring Data JDBC ships no dialect: with the application's own
 * {@code JdbcDialect} bean, the aggregate's tables are created, Spring Data's repository
 * writes and reads it, and a second start changes nothing.
 */
class SqliteApplicationTests {

	@Test
	void anApplicationDeclaringItsOwnDialectGetsItsTables(@TempDir Path directory) {
		String url = "jdbc:sqlite:" + directory.resolve("invoices.db");
		SqliteApplication.Invoice saved;
		try (ConfigurableApplicationContext context = start(url)) {
			MigrationReport report = lastReport(context);
			assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
			SqliteApplication.Invoices invoices = context.getBean(SqliteApplication.Invoices.class);
			saved = invoices.save(new SqliteApplication.Invoice(null, "Ada",
					List.of(new SqliteApplication.Item("tea", 2), new SqliteApplication.Item("milk", 1))));
			assertThat(invoices.findById(saved.id())).contains(saved);
		}
		try (ConfigurableApplicationContext context = start(url)) {
			MigrationReport report = lastReport(context);
			assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.UP_TO_DATE);
			assertThat(context.getBean(SqliteApplication.Invoices.class).findById(saved.id())).contains(saved);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(SqliteApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + url)
			.run();
	}

	private static MigrationReport lastReport(ConfigurableApplicationContext context) {
		return context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
	}

}
