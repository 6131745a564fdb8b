package io.github.automigrate.autoconfigure;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import io.github.automigrate.actuate.AutoMigrateEndpoint;
import io.github.automigrate.actuate.AutoMigrateEndpointAutoConfiguration;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testsupport.CountingDataSource;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.ShopModel;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DataSource of AutoMigrate's own, on two fresh databases of one kind: the
 * application's and the one AutoMigrate is pointed at, by {@link AutoMigrateDataSource}
 * or by {@code schema.automigrate.url}, {@code user} and {@code password}. The migrated
 * one gets the tables, the history the endpoint reads, and passes Hibernate's validate;
 * the application's one is not even connected to.
 */
abstract class AbstractDataSourceOfItsOwnTests {

	final TestDatabase database = database();

	final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AutoMigrateAutoConfiguration.class,
				AutoMigrateEndpointAutoConfiguration.class))
		.withPropertyValues("schema.automigrate.packages=" + Customer.class.getPackageName(),
				"management.endpoints.web.exposure.include=automigrate");

	abstract TestDatabase database();

	@AfterEach
	void dropDatabases() {
		this.database.dropAll();
	}

	@Test
	void migratesTheDataSourceMarkedAutoMigrateDataSource() {
		DriverManagerDataSource application = (DriverManagerDataSource) this.database.create();
		DriverManagerDataSource migrated = (DriverManagerDataSource) this.database.create();
		CountingDataSource applicationCounted = new CountingDataSource(application);
		this.contextRunner.withBean(Databases.class, () -> new Databases(applicationCounted, migrated))
			.withUserConfiguration(TwoDataSources.class)
			.run((context) -> {
				assertThat(context.getBean(SchemaMigrator.class).getDataSource()).isSameAs(migrated);
				assertMigratedAndReported(context.getBean(AutoMigrateRunner.class).migrate(),
						context.getBean(AutoMigrateEndpoint.class), migrated);
				assertUntouched(applicationCounted, application);
			});
	}

	@Test
	void opensItsOwnConnectionToTheUrlAndLeavesTheApplicationsDataSourceUntouched() {
		DriverManagerDataSource application = (DriverManagerDataSource) this.database.create();
		DriverManagerDataSource migrated = (DriverManagerDataSource) this.database.create();
		CountingDataSource applicationCounted = new CountingDataSource(application);
		this.contextRunner.withBean("applicationDataSource", DataSource.class, () -> applicationCounted)
			.withPropertyValues("schema.automigrate.url=" + migrated.getUrl(),
					"schema.automigrate.user=" + nonNull(migrated.getUsername()),
					"schema.automigrate.password=" + nonNull(migrated.getPassword()))
			.run((context) -> {
				DataSource own = context.getBean(SchemaMigrator.class).getDataSource();
				// No pool: each run's connection is closed when the run ends.
				assertThat(own).isInstanceOf(SimpleDriverDataSource.class);
				assertMigratedAndReported(context.getBean(AutoMigrateRunner.class).migrate(),
						context.getBean(AutoMigrateEndpoint.class), migrated);
				assertThat(context.getBean(DataSource.class)).isSameAs(applicationCounted);
				assertUntouched(applicationCounted, application);
			});
	}

	void assertMigratedAndReported(MigrationReport report, AutoMigrateEndpoint endpoint, DataSource migrated) {
		assertThat(report.outcome()).isEqualTo(MigrationReport.Outcome.APPLIED);
		assertThat(tables(migrated)).contains("customers", "order_line", "automigrate_history");
		HibernateSchemaTool.validate(this.database, migrated, ShopModel.CLASSES);
		// The endpoint reads the history of the database that was migrated.
		assertThat(endpoint.automigrate().history()).hasSize(1);
	}

	void assertUntouched(CountingDataSource counted, DataSource application) {
		assertThat(counted.metadataCalls()).isZero();
		assertThat(counted.statementExecutions()).isZero();
		assertThat(tables(application)).isEmpty();
	}

	static List<String> tables(DataSource dataSource) {
		return new JdbcTemplate(dataSource).execute((ConnectionCallback<List<String>>) (connection) -> {
			DatabaseMetaData metadata = connection.getMetaData();
			boolean catalogs = metadata.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.matches(".*(mysql|mariadb).*");
			List<String> names = new ArrayList<>();
			try (ResultSet rows = metadata.getTables(connection.getCatalog(), catalogs ? null : connection.getSchema(),
					"%", new String[] { "TABLE", "BASE TABLE" })) {
				while (rows.next()) {
					names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
			return names;
		});
	}

	static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	record Databases(DataSource application, DataSource migrated) {
	}

	/**
	 * The application's DataSource, primary, and the one AutoMigrate migrates: as an
	 * application declares them.
	 */
	@Configuration(proxyBeanMethods = false)
	static class TwoDataSources {

		@Bean
		@Primary
		DataSource applicationDataSource(Databases databases) {
			return databases.application();
		}

		@Bean
		@AutoMigrateDataSource
		DataSource migrationDataSource(Databases databases) {
			return databases.migrated();
		}

	}

}
