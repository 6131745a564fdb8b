package io.github.automigrate.autoconfigure;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.apply.SchemaMigrator;
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
			.withPropertyValues("schema.automigrate.packages=com.example.a,com.example.b", "schema.automigrate.dry-run=true",
					"schema.automigrate.fail-on-error=false")
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
				assertThat(report.entities()).contains(Invoice.class.getName()).doesNotContain(Customer.class.getName());
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
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AutoMigrateAutoConfiguration.class))
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

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Customer.class)
	static class EntityScanConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Invoice.class)
	static class AutoConfigurationPackageConfiguration {

	}

}
