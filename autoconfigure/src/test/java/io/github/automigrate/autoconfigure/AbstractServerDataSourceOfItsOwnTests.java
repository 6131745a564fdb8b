package io.github.automigrate.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import io.github.automigrate.actuate.AutoMigrateEndpoint;
import io.github.automigrate.apply.SchemaMigrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A DataSource of its own on a server, which has users: the application's own user may
 * not create tables, and {@code schema.automigrate.user}/{@code password} give
 * AutoMigrate's DDL a privileged one.
 */
abstract class AbstractServerDataSourceOfItsOwnTests extends AbstractDataSourceOfItsOwnTests {

	@Test
	void userAndPasswordGiveTheDdlAPrivilegedUserOnTheApplicationsDatabase() {
		DriverManagerDataSource admin = (DriverManagerDataSource) this.database.create();
		DriverManagerDataSource application = (DriverManagerDataSource) this.database.restricted(admin);
		ApplicationContextRunner runner = this.contextRunner.withPropertyValues(
				"spring.datasource.url=" + application.getUrl(),
				"spring.datasource.username=" + application.getUsername(),
				"spring.datasource.password=" + nonNull(application.getPassword()));
		// The application's own user may not create tables: the failure the failure
		// analysis explains.
		runner.run((context) -> assertThatExceptionOfType(io.github.automigrate.apply.MigrationFailedException.class)
			.isThrownBy(() -> context.getBean(AutoMigrateRunner.class).migrate()));
		runner
			.withPropertyValues("schema.automigrate.user=" + admin.getUsername(),
					"schema.automigrate.password=" + nonNull(admin.getPassword()))
			.run((context) -> {
				assertThat(context.getBean(SchemaMigrator.class).getDataSource())
					.isInstanceOf(SimpleDriverDataSource.class);
				assertMigratedAndReported(context.getBean(AutoMigrateRunner.class).migrate(),
						context.getBean(AutoMigrateEndpoint.class), admin);
			});
	}

}
