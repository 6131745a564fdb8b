package io.github.automigrate.engine;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.dialect.SchemaLock;
import io.github.automigrate.mapping.EntityMappingReader;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.report.StatementReport.Status;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testsupport.AdditiveGuard;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.MigrateMain;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.RowCounts;
import io.github.automigrate.testsupport.ShopModel;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Safety under load, faults and bad input, on a real database: one subclass per database kind.
 */
abstract class AbstractSafetyIntegrationTests extends AbstractDatabaseTests {

	private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

	/**
	 * From an empty database, every instance is at its first start and plans under the lock only. From a schema that
	 * exists in part (and its history), an instance on a database server plans before it takes the lock.
	 */
	@ParameterizedTest(name = "partly built: {0}")
	@ValueSource(booleans = { false, true })
	void eightInstancesStartingAtOnceBuildOneSchema(boolean partlyBuilt) throws Exception {
		if (partlyBuilt) {
			assertThat(Migrations.migrate(this.dataSource, List.of(Customer.class)).outcome()).isEqualTo(Outcome.APPLIED);
		}
		int instances = 8;
		// Contexts starting together would each reinitialise the shared logging system: leave it alone.
		System.setProperty(LOGGING_SYSTEM, "none");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(instances);
		List<Future<MigrationReport>> reports = new ArrayList<>();
		for (int i = 0; i < instances; i++) {
			reports.add(threads.submit(() -> {
				start.await();
				try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
					.web(WebApplicationType.NONE)
					.initializers((ctx) -> ctx.getBeanFactory().registerSingleton("dataSource", this.dataSource))
					.properties("spring.main.banner-mode=off", "logging.level.root=warn")
					.run()) {
					return context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
				}
			}));
		}
		start.countDown();
		List<MigrationReport> done = new ArrayList<>();
		for (Future<MigrationReport> report : reports) {
			done.add(report.get(3, TimeUnit.MINUTES));
		}
		threads.shutdown();
		System.clearProperty(LOGGING_SYSTEM);
		assertThat(done).hasSize(instances).allSatisfy((report) -> {
			assertThat(report.outcome()).isIn(Outcome.APPLIED, Outcome.UP_TO_DATE);
			assertThat(report.statements()).extracting(StatementReport::status).doesNotContain(Status.FAILED);
			AdditiveGuard.check(report);
		});
		assertThat(done).filteredOn((report) -> report.outcome() == Outcome.APPLIED).hasSize(1);
		assertThat(Migrations.migrate(this.dataSource, ShopModel.CLASSES).statements()).isEmpty();
		HibernateSchemaTool.validate(this.database, this.dataSource, ShopModel.CLASSES);
		assertThat(this.jdbc.queryForObject("select count(*) from automigrate_history where seq = 0", Integer.class))
			.isEqualTo(instances + (partlyBuilt ? 2 : 1));
	}

	@Test
	void transactionalDatabasesApplyAllOrNothing() {
		this.jdbc.execute(this.database.createView("product"));
		assertThatExceptionOfType(MigrationFailedException.class)
			.isThrownBy(() -> Migrations.migrate(this.dataSource, ShopModel.CLASSES));
		boolean customersExist = tableExists("customers");
		if (dialect().transactionalDdl()) {
			assertThat(customersExist).as("rolled back with the failed plan").isFalse();
		}
		else {
			assertThat(customersExist).as("applied statement by statement").isTrue();
			assertThat(Migrations.migrate(this.dataSource, List.of(Customer.class)).statements()).isEmpty();
		}
	}

	@Test
	void anInstanceThatWaitsTooLongForTheLockStopsWithTheReason() throws Exception {
		ExecutorService holder = Executors.newSingleThreadExecutor();
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Future<?> holding = holder.submit(() -> {
			try (var connection = this.dataSource.getConnection()) {
				SchemaLock.Held lock = DialectResolver.resolve(connection.getMetaData()).schemaLock()
					.acquire(connection, SchemaLock.nameOf(connection), Duration.ofSeconds(10));
				held.countDown();
				done.await(1, TimeUnit.MINUTES);
				lock.release();
			}
			return null;
		});
		assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
		try {
			MigrationRequest request = new MigrationRequest(new EntityMappingReader().read(ShopModel.CLASSES), List.of(),
					List.of(), false, true, Duration.ofSeconds(1), MigrationRequest.DEFAULT_HISTORY_TABLE, null, "test",
					true);
			assertThatExceptionOfType(MigrationFailedException.class)
				.isThrownBy(() -> new SchemaMigrator(this.dataSource).migrate(request))
				.withMessageContaining("schema lock")
				.withMessageContaining("another instance holds");
		}
		finally {
			done.countDown();
			holding.get(1, TimeUnit.MINUTES);
			holder.shutdown();
		}
		assertThat(tableExists("customers")).isFalse();
	}

	@Test
	void everyRunAndStatementIsRecordedInTheHistory() {
		MigrationReport first = Migrations.migrate(this.dataSource, ShopModel.CLASSES);
		Migrations.migrate(this.dataSource, ShopModel.CLASSES);
		List<Map<String, Object>> runs = this.jdbc.queryForList(
				"select outcome, checksum, instance from automigrate_history where seq = 0 order by executed_at");
		assertThat(runs).hasSize(2);
		assertThat(runs).extracting((run) -> run.values().iterator().next()).containsExactly("APPLIED", "UP_TO_DATE");
		assertThat(this.jdbc.queryForObject("select count(*) from automigrate_history where kind = 'STATEMENT'", Integer.class))
			.isEqualTo(first.statements().size());
		assertThat(this.jdbc.queryForList("select sql_text from automigrate_history where kind = 'STATEMENT'", String.class))
			.anyMatch((sql) -> sql.startsWith("create table customers"));
	}

	@Test
	void dryRunWritesThePlanAsAFlywayScriptAndTouchesNothing(@TempDir Path scripts) throws Exception {
		MigrationRequest request = new MigrationRequest(new EntityMappingReader().read(ShopModel.CLASSES), List.of(),
				List.of(), true, true, Duration.ofSeconds(5), MigrationRequest.DEFAULT_HISTORY_TABLE, scripts, "test",
				true);
		new SchemaMigrator(this.dataSource).migrate(request);
		List<Path> files;
		try (var listing = Files.list(scripts)) {
			files = listing.toList();
		}
		assertThat(files).singleElement().satisfies((file) -> {
			assertThat(file.getFileName().toString()).matches("V\\d{14}__automigrate\\.sql");
			assertThat(Files.readString(file)).contains("create table customers").contains(";\n");
		});
		assertThat(tableExists("customers")).isFalse();
		Migrations.migrate(this.dataSource, ShopModel.CLASSES);
		Files.delete(files.get(0));
		new SchemaMigrator(this.dataSource).migrate(request);
		try (var listing = Files.list(scripts)) {
			assertThat(listing).as("an empty plan writes nothing").isEmpty();
		}
	}

	@Test
	void anUnreachableDatabaseIsReportedWhenFailOnErrorIsOff() {
		DataSource unreachable = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/nowhere", "nobody", "");
		MigrationReport report = Migrations.migrate(unreachable, ShopModel.CLASSES, false, false);
		assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(report.error()).contains("Connection").doesNotContain("null");
	}

	/** For the databases that open read-only: a read-only database gets a clear failure. */
	void assertReadOnlyDatabaseGetsAClearFailure() {
		Migrations.migrate(this.dataSource, List.of(Customer.class));
		DataSource readOnly = this.database.readOnly(this.dataSource);
		assertThatExceptionOfType(MigrationFailedException.class)
			.isThrownBy(() -> Migrations.migrate(readOnly, ShopModel.CLASSES))
			.withMessageContaining("Database error");
	}

	Process migrateInAnotherJvm(String... extra) throws Exception {
		DriverManagerDataSource target = (DriverManagerDataSource) this.dataSource;
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), MigrateMain.class.getName(), target.getUrl(),
				String.valueOf(target.getUsername()), String.valueOf(target.getPassword())));
		command.addAll(List.of(extra));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
	}

	/** Waits until the other process is in the middle of its plan: a statement of it is running or done. */
	void waitUntilApplying(Process process) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline && process.isAlive()) {
			if (this.database.isApplying(this.dataSource)) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The other process never started applying its plan");
	}

	boolean tableExists(String name) {
		return new JdbcTemplate(this.dataSource).execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) (c) -> {
			for (String candidate : List.of(name, name.toUpperCase(java.util.Locale.ROOT))) {
				try (var tables = c.getMetaData().getTables(c.getCatalog(), null, candidate, null)) {
					if (tables.next()) {
						return true;
					}
				}
			}
			return false;
		});
	}

	private Dialect dialect() {
		return new JdbcTemplate(this.dataSource).execute(
				(org.springframework.jdbc.core.ConnectionCallback<Dialect>) (c) -> DialectResolver.resolve(c.getMetaData()));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Customer.class)
	static class ShopApplication {

	}

	@jakarta.persistence.Entity
	static class LongNames {

		@jakarta.persistence.Id
		private Long id;

		private String aFieldWhoseColumnNameIsFarLongerThanAnyDatabaseAllowsForIdentifiersByItsOwnLimits;

	}

}
