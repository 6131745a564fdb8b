package io.github.automigrate.autoconfigure;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.report.DriftReport;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testmodel.shopv2.Invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AutoMigrateAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AutoMigrateAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	@Test
	void runnerIsCreatedWhenThereIsADataSource() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(AutoMigrateRunner.class)
			.hasSingleBean(SchemaMigrator.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("schema.automigrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AutoMigrateRunner.class)
				.doesNotHaveBean(SchemaMigrator.class));
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AutoMigrateAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(AutoMigrateRunner.class));
	}

	@Test
	void runsWithoutADataSourceBeanWhenItsOwnUrlIsSet() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AutoMigrateAutoConfiguration.class))
			.withPropertyValues("schema.automigrate.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
			.run((context) -> assertThat(context).hasSingleBean(AutoMigrateRunner.class)
				.doesNotHaveBean(DataSource.class));
	}

	@Test
	void theDataSourceMarkedAutoMigrateDataSourceComesBeforeItsOwnUrl() {
		this.contextRunner.withUserConfiguration(MarkedDataSourceConfiguration.class)
			.withPropertyValues("schema.automigrate.url=jdbc:h2:mem:unused")
			.run((context) -> assertThat(context.getBean(SchemaMigrator.class).getDataSource())
				.isSameAs(context.getBean("marked")));
	}

	@Test
	void twoDataSourcesWithNoneMarkedOrPrimaryFailWithTheWayOut() {
		this.contextRunner
			.withBean("first", DataSource.class,
					() -> new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:h2:mem:first"))
			.withBean("second", DataSource.class,
					() -> new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:h2:mem:second"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("@AutoMigrateDataSource")
				.hasMessageContaining("schema.automigrate.url"));
	}

	@Test
	void defaultsAreEnabledNotDryRunAndFailOnError() {
		this.contextRunner.run((context) -> {
			AutoMigrateProperties properties = context.getBean(AutoMigrateProperties.class);
			assertThat(properties.isEnabled()).isTrue();
			assertThat(properties.isDryRun()).isFalse();
			assertThat(properties.isFailOnError()).isTrue();
			assertThat(properties.getPackages()).isEmpty();
		});
	}

	@Test
	void bindsEveryProperty() {
		this.contextRunner
			.withPropertyValues("schema.automigrate.packages=com.example.a,com.example.b",
					"schema.automigrate.dry-run=true", "schema.automigrate.fail-on-error=false")
			.run((context) -> {
				AutoMigrateProperties properties = context.getBean(AutoMigrateProperties.class);
				assertThat(properties.getPackages()).containsExactly("com.example.a", "com.example.b");
				assertThat(properties.isDryRun()).isTrue();
				assertThat(properties.isFailOnError()).isFalse();
			});
	}

	@Test
	void userDefinedMigratorIsUsed() {
		this.contextRunner.withBean("customMigrator", SchemaMigrator.class, () -> new SchemaMigrator(null))
			.run((context) -> assertThat(context).getBean(SchemaMigrator.class)
				.isSameAs(context.getBean("customMigrator")));
	}

	@Test
	void scansThePackagesPropertyFirst() {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("schema.automigrate.packages=" + Invoice.class.getPackageName())
			.run((context) -> {
				MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
				assertThat(report.packages()).containsExactly(Invoice.class.getPackageName());
				assertThat(report.entities()).contains(Invoice.class.getName())
					.doesNotContain(Customer.class.getName());
			});
	}

	@Test
	void scansEntityScanPackagesWhenNoPackagesAreSet() {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class).run((context) -> {
			MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
			assertThat(report.packages()).containsExactly(Customer.class.getPackageName());
			assertThat(report.entities()).contains(Customer.class.getName());
			assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("select count(*) from customers", Integer.class)).isZero();
		});
	}

	@Test
	void scansAutoConfigurationPackagesOtherwise() {
		this.contextRunner.withUserConfiguration(AutoConfigurationPackageConfiguration.class).run((context) -> {
			MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
			assertThat(report.packages()).containsExactly(Invoice.class.getPackageName());
			assertThat(report.entities()).containsExactlyInAnyOrder(Invoice.class.getName(),
					io.github.automigrate.testmodel.shopv2.Customer.class.getName());
		});
	}

	@Test
	void abstractEntityRootsAreScannedAndGetTheirTables() {
		String hierarchies = io.github.automigrate.testmodel.hierarchies.Vehicle.class.getPackageName();
		this.contextRunner.withPropertyValues("schema.automigrate.packages=" + hierarchies).run((context) -> {
			MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
			assertThat(report.entities()).contains(io.github.automigrate.testmodel.hierarchies.Vehicle.class.getName(),
					io.github.automigrate.testmodel.hierarchies.Manual.class.getName());
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("select count(*) from vehicle", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from manual", Integer.class)).isZero();
			assertThat(jdbc.queryForList("select sequence_name from information_schema.sequences", String.class))
				.contains("VEHICLE_SEQ", "MANUAL_SEQ", "TOLL_SEQ");
		});
	}

	@Test
	void anEntityRootOutsideTheScannedPackagesIsMappedAndReported() {
		String scanned = io.github.automigrate.testmodel.subclassonly.Van.class.getPackageName();
		this.contextRunner.withPropertyValues("schema.automigrate.packages=" + scanned).run((context) -> {
			MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
			assertThat(report.entities()).containsExactly(
					io.github.automigrate.testmodel.hierarchies.Vehicle.class.getName(),
					io.github.automigrate.testmodel.subclassonly.Van.class.getName());
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("select count(*) from vehicle", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from van", Integer.class)).isZero();
		});
	}

	@Test
	void aReferenceToAnEntityOutsideTheScannedPackagesStopsBeforeAnyTableIsCreated() {
		String scanned = io.github.automigrate.testmodel.crosspackage.ParkingSpot.class.getPackageName();
		this.contextRunner.withPropertyValues("schema.automigrate.packages=" + scanned).run((context) -> {
			assertThatExceptionOfType(io.github.automigrate.mapping.MappingException.class)
				.isThrownBy(() -> context.getBean(AutoMigrateRunner.class).migrate())
				.withMessageContaining("ParkingSpot.occupant")
				.withMessageContaining("@ManyToOne")
				.withMessageContaining(io.github.automigrate.testmodel.hierarchies.Vehicle.class.getName())
				.withMessageContaining("schema.automigrate.packages");
			assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
					"select count(*) from information_schema.tables where table_schema = 'PUBLIC'", Integer.class))
				.isZero();
		});
	}

	@Test
	void dryRunPropertyLeavesTheDatabaseUntouched() {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("schema.automigrate.dry-run=true")
			.run((context) -> {
				MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
				assertThat(report.outcome()).isEqualTo(MigrationReport.Outcome.PLANNED);
				assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
						"select count(*) from information_schema.tables where table_schema = 'PUBLIC'", Integer.class))
					.isZero();
			});
	}

	@Test
	void anUnreachableDatabaseIsReportedAndStartUpGoesOnWhenFailOnErrorIsOff() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(DataSourceAutoConfiguration.class, AutoMigrateAutoConfiguration.class))
			.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere",
					"spring.datasource.hikari.connection-timeout=250", "schema.automigrate.fail-on-error=false")
			.run((context) -> {
				MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
				assertThat(report.outcome()).isEqualTo(MigrationReport.Outcome.FAILED);
				assertThat(report.error()).contains("AutoMigrate could not migrate the schema");
			});
	}

	void followsTheJpaNamingProperties() {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("schema.automigrate.packages=" + Invoice.class.getPackageName(),
					"spring.jpa.hibernate.naming.physical-strategy="
							+ "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl",
					"spring.jpa.properties.hibernate.globally_quoted_identifiers=true")
			.run((context) -> {
				context.getBean(AutoMigrateRunner.class).migrate();
				assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForList(
						"select table_name from information_schema.tables where table_schema = 'PUBLIC'", String.class))
					.contains("Invoice");
			});
	}

	@Test
	void unknownImplicitNamingStrategyFailsTheRunWithTheProperty() {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("spring.jpa.hibernate.naming.implicit-strategy=com.example.MyImplicitNaming")
			.run((context) -> assertThatExceptionOfType(io.github.automigrate.mapping.MappingException.class)
				.isThrownBy(() -> context.getBean(AutoMigrateRunner.class).migrate())
				.withMessageContaining("spring.jpa.hibernate.naming.implicit-strategy"));
	}

	@Test
	void declaresTheSchemaOfItsDataSourceManaged() {
		this.contextRunner.run((context) -> {
			SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
			assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
				.isEqualTo(SchemaManagement.MANAGED);
			assertThat(provider.getSchemaManagement(new SimpleDriverDataSource()))
				.isEqualTo(SchemaManagement.UNMANAGED);
		});
	}

	@Test
	void declaresNoSchemaManagedWhenDisabled() {
		this.contextRunner.withPropertyValues("schema.automigrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaManagementProvider.class));
	}

	@Test
	void flywayAndLiquibaseTablesAreNotDrift() {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("spring.flyway.table=schema_versions",
					"spring.liquibase.database-change-log-lock-table=change_lock")
			.run((context) -> {
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
				for (String table : List.of("flyway_schema_history", "schema_versions", "DATABASECHANGELOG",
						"DATABASECHANGELOGLOCK", "change_lock", "notes")) {
					jdbc.execute("create table " + table + " (id integer)");
				}
				MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
				assertThat(report.drift()).extracting(DriftReport::object).containsExactly("NOTES");
			});
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void warnsOnceWhenHibernateWritesTheSchemaToo(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=update",
					"spring.jpa.properties.jakarta.persistence.schema-generation.database.action=drop-and-create")
			.run((context) -> {
				context.getBean(AutoMigrateRunner.class).migrateOnStartup();
				context.getBean(AutoMigrateRunner.class).migrateOnStartup();
			});
		assertThat(output).containsOnlyOnce("AutoMigrate and Hibernate both write the schema "
				+ "(spring.jpa.hibernate.ddl-auto=update, "
				+ "spring.jpa.properties.jakarta.persistence.schema-generation.database.action=drop-and-create)");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void warnsThatHibernateAppliesWhatADryRunPlans(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("spring.jpa.properties.hibernate.hbm2ddl.auto=create",
					"schema.automigrate.dry-run=true")
			.run((context) -> context.getBean(AutoMigrateRunner.class).migrateOnStartup());
		assertThat(output).containsOnlyOnce("(spring.jpa.properties.hibernate.hbm2ddl.auto=create), "
				+ "and Hibernate applies what AutoMigrate's dry run only plans: set Hibernate's to none or validate");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void saysNothingWhenHibernateOnlyValidates(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> context.getBean(AutoMigrateRunner.class).migrateOnStartup());
		assertThat(output).contains("AutoMigrate APPLIED").doesNotContain("both write the schema");
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Customer.class)
	static class EntityScanConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	static class MarkedDataSourceConfiguration {

		@org.springframework.context.annotation.Bean
		@AutoMigrateDataSource
		DataSource marked() {
			return new org.springframework.jdbc.datasource.DriverManagerDataSource(
					"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Invoice.class)
	static class AutoConfigurationPackageConfiguration {

	}

}
