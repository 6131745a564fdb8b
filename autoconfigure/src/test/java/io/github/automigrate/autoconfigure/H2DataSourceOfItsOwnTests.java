package io.github.automigrate.autoconfigure;

import java.util.UUID;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.r2dbc.core.DatabaseClient;

import io.github.automigrate.actuate.AutoMigrateHealthContributorAutoConfiguration;
import io.github.automigrate.actuate.AutoMigrateHealthIndicator;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class H2DataSourceOfItsOwnTests extends AbstractDataSourceOfItsOwnTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.h2();
	}

	/**
	 * An R2DBC application: a ConnectionFactory and no DataSource bean (Spring Boot's
	 * DataSource auto-configuration backs off when there is a ConnectionFactory).
	 * AutoMigrate migrates its database over a JDBC connection of its own, and the
	 * application reads the tables over R2DBC.
	 */
	@Test
	void migratesAnR2dbcApplicationThatHasNoDataSource() {
		String name = "r2dbc_" + UUID.randomUUID().toString().replace("-", "");
		ConnectionFactory connectionFactory = ConnectionFactories.get("r2dbc:h2:mem:///" + name);
		this.contextRunner
			.withConfiguration(org.springframework.boot.autoconfigure.AutoConfigurations
				.of(AutoMigrateHealthContributorAutoConfiguration.class))
			.withBean(ConnectionFactory.class, () -> connectionFactory)
			.withPropertyValues("schema.automigrate.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(javax.sql.DataSource.class).hasSingleBean(AutoMigrateRunner.class);
				MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
				assertThat(report.outcome()).isEqualTo(MigrationReport.Outcome.APPLIED);
				DatabaseClient client = DatabaseClient.create(connectionFactory);
				assertThat(
						client.sql("select count(*) from customers").map((row) -> row.get(0, Long.class)).one().block())
					.isZero();
				assertThat(client.sql("select count(*) from automigrate_history")
					.map((row) -> row.get(0, Long.class))
					.one()
					.block()).isPositive();
				Health health = context.getBean(AutoMigrateHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("outcome", "APPLIED");
			});
	}

}
