package io.github.automigrate.datajdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.datajdbc.plain.PlainIdentifiersApplication;
import io.github.automigrate.datajdbc.plain.PlainIdentifiersApplication.Account;
import io.github.automigrate.datajdbc.plain.PlainIdentifiersApplication.Visit;
import io.github.automigrate.report.MigrationReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with Spring Data's quoting switched off: names are created unquoted, as
 * Spring Data issues them, so the database folds them alike (upper case on H2, lower case
 * on PostgreSQL) and Spring Data's repositories find them.
 */
class PlainIdentifiersTests {

	@ParameterizedTest
	@EnumSource(value = Databases.class, names = { "H2", "POSTGRESQL" })
	void namesAreCreatedUnquotedAsSpringDataIssuesThem(Databases kind) {
		Databases.Database database = kind.create();
		try {
			try (ConfigurableApplicationContext context = start(database)) {
				MigrationReport report = lastReport(context);
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
				PlainIdentifiersApplication.Accounts accounts = context
					.getBean(PlainIdentifiersApplication.Accounts.class);
				Account account = accounts.save(new Account(null, "ada@example.org", "Lovelace",
						List.of(new Visit("Paris"), new Visit("Turin"))));
				assertThat(accounts.findById(account.id())).contains(account);
			}
			// Folded by the database: no quoted, mixed-case "CustomerAccount" or "eMail".
			String table = (kind == Databases.H2) ? "CUSTOMERACCOUNT" : "customeraccount";
			assertThat(names(database, null)).contains(table).doesNotContain("CustomerAccount");
			assertThat(names(database, table)).containsExactlyInAnyOrder(fold(kind, "id"), fold(kind, "email"),
					fold(kind, "last_name"));
			assertThat(names(database, fold(kind, "visit"))).containsExactlyInAnyOrder(fold(kind, "customeraccount"),
					fold(kind, "customeraccount_key"), fold(kind, "place"));
			try (ConfigurableApplicationContext context = start(database)) {
				MigrationReport report = lastReport(context);
				assertThat(report.executedCount()).as(report.toString()).isZero();
				assertThat(report.drift()).isEmpty();
			}
		}
		finally {
			database.drop().run();
		}
	}

	private static String fold(Databases kind, String name) {
		return (kind == Databases.H2) ? name.toUpperCase(java.util.Locale.ROOT) : name;
	}

	/**
	 * The tables (table {@code null}) or a table's columns, as the database stores them.
	 */
	private static List<String> names(Databases.Database database, String table) {
		try (Connection connection = database.dataSource().getConnection()) {
			List<String> names = new ArrayList<>();
			String schema = (connection.getMetaData().getURL().startsWith("jdbc:h2")) ? "PUBLIC" : "public";
			try (ResultSet rows = (table != null)
					? connection.getMetaData().getColumns(connection.getCatalog(), schema, table, "%")
					: connection.getMetaData()
						.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					names.add(rows.getString((table != null) ? "COLUMN_NAME" : "TABLE_NAME"));
				}
			}
			return names;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ConfigurableApplicationContext start(Databases.Database database) {
		return new SpringApplicationBuilder(PlainIdentifiersApplication.class).web(WebApplicationType.NONE)
			.properties(database.properties())
			.run();
	}

	private static MigrationReport lastReport(ConfigurableApplicationContext context) {
		return context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
	}

}
