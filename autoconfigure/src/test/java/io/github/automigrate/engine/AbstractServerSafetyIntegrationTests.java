package io.github.automigrate.engine;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.dialect.SchemaLock;
import io.github.automigrate.diff.Drift;
import io.github.automigrate.report.DriftReport;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Comparison;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.MigrateMain;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.RacingDataSource;
import io.github.automigrate.testsupport.RowCounts;
import io.github.automigrate.testsupport.ShopModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What only a database server allows: other processes on the same database, users without
 * rights, and a limit on the length of names.
 */
abstract class AbstractServerSafetyIntegrationTests extends AbstractSafetyIntegrationTests {

	@Test
	void threeProcessesStartingAtOnceBuildOneSchema() throws Exception {
		List<Process> processes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			processes.add(migrateInAnotherJvm());
		}
		for (Process process : processes) {
			assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
			String output = new String(process.getInputStream().readAllBytes());
			assertThat(process.exitValue()).as(output).isZero();
			assertThat(output).containsPattern("OUTCOME (APPLIED|UP_TO_DATE)");
		}
		assertThat(Migrations.migrate(this.dataSource, ShopModel.CLASSES).statements()).isEmpty();
		HibernateSchemaTool.validate(this.database, this.dataSource, ShopModel.CLASSES);
		assertThat(this.jdbc.queryForList("select outcome from automigrate_history where seq = 0", String.class))
			.containsOnly("APPLIED", "UP_TO_DATE")
			.containsOnlyOnce("APPLIED");
	}

	/**
	 * An instance plans before it takes the lock. When another does the work while it
	 * waits, the catalog's fingerprint has changed by the time it gets the lock, and it
	 * plans again instead of applying what it planned.
	 */
	@Test
	void anInstanceThatPlannedWhileAnotherHeldTheLockPlansAgain() throws Exception {
		Migrations.migrate(this.dataSource, List.of(Customer.class));
		ExecutorService threads = Executors.newSingleThreadExecutor();
		try (Connection other = this.dataSource.getConnection()) {
			SchemaLock.Held lock = DialectResolver.resolve(other.getMetaData())
				.schemaLock()
				.acquire(other, SchemaLock.nameOf(other), Duration.ofSeconds(10));
			CompletableFuture<Thread> worker = new CompletableFuture<>();
			Future<MigrationReport> waiting = threads.submit(() -> {
				worker.complete(Thread.currentThread());
				return Migrations.migrate(this.dataSource, ShopModel.CLASSES);
			});
			awaitLockWait(worker.get(1, TimeUnit.MINUTES));
			// The other instance does the work (on its own connection: the lock is held
			// per session, and reentrant).
			assertThat(Migrations.migrate(new SingleConnectionDataSource(other, true), ShopModel.CLASSES).outcome())
				.isEqualTo(Outcome.APPLIED);
			lock.release();
			MigrationReport report = waiting.get(1, TimeUnit.MINUTES);
			assertThat(report.outcome()).isEqualTo(Outcome.UP_TO_DATE);
			assertThat(report.statements()).isEmpty();
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * Another instance creates a table the moment before this one does (it took no lock,
	 * or a lock that did not hold): the statement fails, a second read finds the table,
	 * and the run plans again from it instead of failing.
	 */
	@Test
	void aRunThatLosesARaceReadsAgainAndPlansOnce() {
		RacingDataSource racing = new RacingDataSource(this.dataSource, "create table customers");
		MigrationReport report = Migrations.migrate(racing, ShopModel.CLASSES);
		assertThat(racing.raced()).isTrue();
		assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(report.statements()).extracting(StatementReport::status)
			.containsOnly(StatementReport.Status.APPLIED);
		assertThat(report.statements()).extracting(StatementReport::change).doesNotContain("create table customers");
		assertThat(report.warnings())
			.anySatisfy((warning) -> assertThat(warning).startsWith("Another instance changed the schema")
				.contains("create table customers failed"));
		assertThat(Migrations.migrate(this.dataSource, ShopModel.CLASSES).statements()).isEmpty();
		HibernateSchemaTool.validate(this.database, this.dataSource, ShopModel.CLASSES);
	}

	/** Waits until a thread waits for the schema lock: it has planned. */
	private static void awaitLockWait(Thread thread) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (Arrays.stream(thread.getStackTrace())
			.noneMatch((frame) -> frame.getClassName().startsWith("io.github.automigrate.dialect.Locks"))) {
			assertThat(System.nanoTime()).as("waiting for the lock").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	@Test
	void processKilledWhileApplyingIsCompletedByTheNextStartAndNoRowIsLost() throws Exception {
		Migrations.migrate(this.dataSource, List.of(Customer.class));
		this.jdbc.update("insert into customers (id, full_name, created_at, version) values (1, 'Ada', ?, 0)",
				java.sql.Timestamp.valueOf("2026-01-01 00:00:00"));
		Map<String, List<Map<String, String>>> before = RowCounts.of(this.dataSource, this.database::quote);
		Process process = migrateInAnotherJvm("400");
		waitUntilApplying(process);
		process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
		MigrationReport next = new SchemaMigrator(this.dataSource)
			.migrate(MigrationRequest.of(MigrateMain.generated(400), List.of("test"), List.of(), false, true));
		assertThat(next.outcome()).isIn(Outcome.APPLIED, Outcome.UP_TO_DATE);
		assertThat(new SchemaMigrator(this.dataSource)
			.migrate(MigrationRequest.of(MigrateMain.generated(400), List.of("test"), List.of(), false, true))
			.statements()).isEmpty();
		RowCounts.assertKept(before, RowCounts.of(this.dataSource, this.database::quote));
	}

	@Test
	void droppedForeignKeyIsSeenDespiteTheFingerprintAndAddedAgain() {
		Migrations.migrate(this.dataSource, ShopModel.CLASSES);
		assertThat(Migrations.migrate(this.dataSource, ShopModel.CLASSES).comparison())
			.isEqualTo(Comparison.FINGERPRINT);
		this.jdbc.execute(this.database.dropForeignKey("order_line", "fk_line_order"));
		MigrationReport mended = Migrations.migrate(this.dataSource, ShopModel.CLASSES);
		assertThat(mended.comparison()).isEqualTo(Comparison.FULL);
		assertThat(mended.statements()).extracting(StatementReport::change)
			.containsExactly("add foreign key order_line.fk_line_order");
		assertThat(Migrations.migrate(this.dataSource, ShopModel.CLASSES).comparison())
			.isEqualTo(Comparison.FINGERPRINT);
	}

	@Test
	void columnTypeChangedBehindItsBackIsSeenAndItsDriftReportedAtEveryStart() {
		Migrations.migrate(this.dataSource, ShopModel.CLASSES);
		assertThat(Migrations.migrate(this.dataSource, ShopModel.CLASSES).comparison())
			.isEqualTo(Comparison.FINGERPRINT);
		this.jdbc.execute(this.database.changeNotNullColumnType("product", "sku_code", "varchar(16)"));
		MigrationReport changed = Migrations.migrate(this.dataSource, ShopModel.CLASSES);
		assertThat(changed.comparison()).isEqualTo(Comparison.FULL);
		assertThat(changed.drift()).extracting(DriftReport::kind, DriftReport::object)
			.containsExactly(tuple(Drift.Kind.NARROWER_THAN_MAPPED, "product.sku_code"));
		MigrationReport unchanged = Migrations.migrate(this.dataSource, ShopModel.CLASSES);
		assertThat(unchanged.comparison()).isEqualTo(Comparison.FINGERPRINT);
		assertThat(unchanged.drift()).as("the drift the full comparison found").isEqualTo(changed.drift());
	}

	@Test
	void aUserWithoutRightsGetsAClearFailureAndNothingChanges() {
		DataSource restricted = this.database.restricted(this.dataSource);
		assertThatExceptionOfType(MigrationFailedException.class)
			.isThrownBy(() -> Migrations.migrate(restricted, ShopModel.CLASSES))
			.withMessageContaining("create")
			.withMessageContaining("Database error");
		assertThat(tableExists("customers")).isFalse();
	}

	@Test
	void namesLongerThanTheDatabaseAllowsAreRefusedBeforeAnyStatement() throws Exception {
		int limit = new JdbcTemplate(this.dataSource)
			.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) (c) -> c.getMetaData()
				.getMaxColumnNameLength());
		assertThat(limit).as("the database's name length limit").isPositive();
		assertThatExceptionOfType(MigrationFailedException.class)
			.isThrownBy(() -> Migrations.migrate(this.dataSource, List.of(LongNames.class)))
			.withMessageContaining("LongNames.")
			.withMessageContaining("allows " + limit)
			.withMessageContaining("shorter column name (@Column)");
		assertThat(tableExists("long_names")).isFalse();
	}

}
