package io.github.automigrate.engine;

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

import io.github.automigrate.apply.HistoryReader;
import io.github.automigrate.apply.HistoryTableConflictException;
import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.dialect.SchemaLock;
import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.mapping.jpa.EntityMappingReader;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.report.StatementReport.Status;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testsupport.AdditiveGuard;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.MigrateMain;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.ShopModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Safety under load, faults and bad input, on a real database: one subclass per database
 * kind.
 */
abstract class AbstractSafetyIntegrationTests extends AbstractDatabaseTests {

	private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

	/**
	 * From an empty database, every instance is at its first start and plans under the
	 * lock only. From a schema that exists in part (and its history), an instance on a
	 * database server plans before it takes the lock.
	 */
	@ParameterizedTest(name = "partly built: {0}")
	@ValueSource(booleans = { false, true })
	void eightInstancesStartingAtOnceBuildOneSchema(boolean partlyBuilt) throws Exception {
		if (partlyBuilt) {
			assertThat(Migrations.migrate(this.dataSource, List.of(Customer.class)).outcome())
				.isEqualTo(Outcome.APPLIED);
		}
		int instances = 8;
		// Contexts starting together would each reinitialise the shared logging system:
		// leave it alone.
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
				SchemaLock.Held lock = DialectResolver.resolve(connection.getMetaData())
					.schemaLock()
					.acquire(connection, SchemaLock.nameOf(connection), Duration.ofSeconds(10));
				held.countDown();
				done.await(1, TimeUnit.MINUTES);
				lock.release();
			}
			return null;
		});
		assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
		try {
			MigrationRequest request = new MigrationRequest(new EntityMappingReader().read(ShopModel.CLASSES),
					List.of(), List.of(), false, true, Duration.ofSeconds(1), MigrationRequest.DEFAULT_HISTORY_TABLE,
					null, "test", true);
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
		assertThat(this.jdbc.queryForObject("select count(*) from automigrate_history where kind = 'STATEMENT'",
				Integer.class))
			.isEqualTo(first.statements().size());
		assertThat(this.jdbc.queryForList("select sql_text from automigrate_history where kind = 'STATEMENT'",
				String.class))
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

	/**
	 * For the databases that open read-only: a read-only database gets a clear failure.
	 */
	void assertReadOnlyDatabaseGetsAClearFailure() {
		Migrations.migrate(this.dataSource, List.of(Customer.class));
		DataSource readOnly = this.database.readOnly(this.dataSource);
		assertThatExceptionOfType(MigrationFailedException.class)
			.isThrownBy(() -> Migrations.migrate(readOnly, ShopModel.CLASSES))
			.withMessageContaining("Database error");
	}

	Process migrateInAnotherJvm(String... extra) throws Exception {
		DriverManagerDataSource target = (DriverManagerDataSource) this.dataSource;
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), MigrateMain.class.getName(), target.getUrl(),
						String.valueOf(target.getUsername()), String.valueOf(target.getPassword())));
		command.addAll(List.of(extra));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.PIPE)
			.start();
	}

	/**
	 * Waits until the other process is in the middle of its plan: a statement of it is
	 * running or done.
	 */
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
		return new JdbcTemplate(this.dataSource)
			.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) (c) -> {
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
		return new JdbcTemplate(this.dataSource)
			.execute((org.springframework.jdbc.core.ConnectionCallback<Dialect>) (c) -> DialectResolver
				.resolve(c.getMetaData()));
	}

	/**
	 * A table of the user's that the history property names is never the history: the
	 * start stops with the table and the property named, and nothing changes, in that
	 * table or anywhere.
	 */
	@Test
	void aUserTableNamedAsTheHistoryIsNeverTouchedAndStopsTheStart() {
		createUserTable("audit_log");
		TableSnapshot before = snapshot("audit_log");
		assertThatExceptionOfType(MigrationFailedException.class)
			.isThrownBy(() -> new SchemaMigrator(this.dataSource).migrate(requestWithHistoryTable("audit_log", true)))
			.withMessageContaining("audit_log")
			.withMessageContaining("schema.automigrate.history.table")
			.havingRootCause()
			.isInstanceOf(HistoryTableConflictException.class);
		assertThat(snapshot("audit_log")).isEqualTo(before);
		assertThat(tableExists("customers")).isFalse();
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> startShop("schema.automigrate.history.table=audit_log"))
			.havingRootCause()
			.isInstanceOf(HistoryTableConflictException.class)
			.withMessageContaining("audit_log")
			.withMessageContaining("schema.automigrate.history.table");
		assertThat(snapshot("audit_log")).isEqualTo(before);
		assertThat(tableExists("customers")).isFalse();
	}

	@Test
	void aUserTableNamedAsTheHistoryIsReportedAndUntouchedWhenFailOnErrorIsOff() {
		createUserTable("audit_log");
		TableSnapshot before = snapshot("audit_log");
		try (ConfigurableApplicationContext context = startShop("schema.automigrate.history.table=audit_log",
				"schema.automigrate.fail-on-error=false")) {
			MigrationReport report = context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
			assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(report.error()).contains("audit_log").contains("schema.automigrate.history.table");
			assertThat(report.statements()).isEmpty();
		}
		assertThat(new HistoryReader(this.dataSource, "audit_log").recent(10)).as("not shown as runs").isEmpty();
		assertThat(snapshot("audit_log")).isEqualTo(before);
		assertThat(tableExists("customers")).isFalse();
	}

	/**
	 * A history table of AutoMigrate's first shape gains the later columns; its rows
	 * stay.
	 */
	@Test
	void aHistoryTableOfAnEarlierShapeIsUpgradedAdditively() {
		this.jdbc.execute("create table automigrate_history (run_id varchar(36) not null, seq integer not null,"
				+ " executed_at timestamp not null, instance varchar(255), kind varchar(10) not null,"
				+ " description varchar(1000), checksum varchar(64), sql_text varchar(4000), safety varchar(20),"
				+ " outcome varchar(20) not null, duration_ms bigint, error varchar(4000), primary key (run_id, seq))");
		this.jdbc.update("insert into automigrate_history (run_id, seq, executed_at, kind, outcome)"
				+ " values ('earlier', 0, current_timestamp, 'RUN', 'APPLIED')");
		assertThat(Migrations.migrate(this.dataSource, ShopModel.CLASSES).outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(this.jdbc.queryForList("select run_id from automigrate_history where seq = 0 order by executed_at",
				String.class))
			.hasSize(2)
			.contains("earlier");
		assertThat(snapshot("automigrate_history").columns()).anyMatch((column) -> column.startsWith("fingerprint "));
	}

	/**
	 * A history that cannot be written (here a NOT NULL column of the user's own on it)
	 * fails the start with fail-on-error, as the history of every run is promised;
	 * without, the report carries it as a warning.
	 */
	@ParameterizedTest(name = "fail-on-error: {0}")
	@ValueSource(booleans = { true, false })
	void aHistoryThatCannotBeWrittenFailsTheStartWithFailOnError(boolean failOnError) {
		this.jdbc.execute("create table automigrate_history (run_id varchar(36) not null, seq integer not null,"
				+ " executed_at timestamp not null, instance varchar(255), kind varchar(10) not null,"
				+ " description varchar(1000), checksum varchar(64), sql_text varchar(4000), safety varchar(20),"
				+ " outcome varchar(20) not null, duration_ms bigint, error varchar(4000), tenant varchar(10) not null,"
				+ " primary key (run_id, seq))");
		if (failOnError) {
			assertThatExceptionOfType(MigrationFailedException.class)
				.isThrownBy(() -> Migrations.migrate(this.dataSource, ShopModel.CLASSES))
				.withMessageContaining("could not record its run")
				.withMessageContaining("automigrate_history")
				.satisfies((ex) -> assertThat(ex.getReport().outcome()).isEqualTo(Outcome.FAILED));
		}
		else {
			MigrationReport report = Migrations.migrate(this.dataSource, ShopModel.CLASSES, false, false);
			assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
			assertThat(report.warnings()).anyMatch((warning) -> warning.contains("could not record its run"));
		}
	}

	/**
	 * Text written into the DDL as is, that would end the statement and run another, is
	 * refused at start-up with the entity's attribute named; the other table is intact
	 * and nothing is created.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(
			classes = { SmuggledByColumnDefinition.class, SmuggledByColumnDefault.class, SmuggledBehindAComment.class })
	void aStatementSmuggledIntoVerbatimSqlIsRefused(Class<?> entity) {
		createUserTable("victim");
		TableSnapshot before = snapshot("victim");
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> Migrations.migrate(this.dataSource, List.of(entity)))
			.satisfies((ex) -> assertThat(ex.getOrigin()).startsWith(entity.getSimpleName() + "."))
			.withMessageContaining("DDL as is");
		assertThat(snapshot("victim")).isEqualTo(before);
		assertThat(tableExists("smuggled")).isFalse();
	}

	/**
	 * The guard that every statement passes refuses one that holds a second statement,
	 * whatever produced it.
	 */
	@Test
	void theStatementGuardRefusesASecondStatementBehindTheFirst() {
		createUserTable("victim");
		TableSnapshot before = snapshot("victim");
		Column smuggling = Column
			.builder("name",
					ColumnType.ofLength(TypeKind.VARCHAR, 10)
						.withDefinition("varchar(10)); drop table victim; create table smuggled (id bigint"))
			.origin("Hand.name")
			.build();
		Column id = Column.builder("id", ColumnType.of(TypeKind.BIGINT)).nullable(false).origin("Hand.id").build();
		Table table = Table.builder(new TableName(null, new Identifier("hand", false)))
			.column(id)
			.column(smuggling)
			.primaryKey(List.of(id.name()))
			.origin("Hand")
			.build();
		MigrationRequest request = MigrationRequest
			.of(new MappedSchema(new Schema(List.of(table), List.of()), List.of()), List.of(), List.of(), false, true);
		assertThatExceptionOfType(MigrationFailedException.class)
			.isThrownBy(() -> new SchemaMigrator(this.dataSource).migrate(request))
			.withMessageContaining("not a single additive statement");
		assertThat(snapshot("victim")).isEqualTo(before);
		assertThat(tableExists("smuggled")).isFalse();
		assertThat(tableExists("hand")).isFalse();
	}

	/**
	 * A comment is written as a string literal, its quotes doubled (and on MySQL and
	 * MariaDB its backslashes): one that holds a quote and a separator is kept as written
	 * and runs nothing.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(classes = { CommentHoldingAQuote.class, CommentHoldingABackslashedQuote.class })
	void aCommentHoldingAQuoteAndASeparatorIsKeptAsWritten(Class<?> entity) throws Exception {
		createUserTable("victim");
		TableSnapshot before = snapshot("victim");
		assertThat(Migrations.migrate(this.dataSource, List.of(entity)).outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(snapshot("victim")).isEqualTo(before);
		assertThat(tableExists("smuggled")).isFalse();
		String comment = entity.getDeclaredField("note").getAnnotation(org.hibernate.annotations.Comment.class).value();
		// SQLite keeps no comments.
		assertThat(remarks("commented", "note")).isEqualTo(dialect().name().equals("SQLite") ? null : comment);
		HibernateSchemaTool.validate(this.database, this.dataSource, List.of(entity));
	}

	private MigrationRequest requestWithHistoryTable(String historyTable, boolean failOnError) {
		return new MigrationRequest(new EntityMappingReader().read(ShopModel.CLASSES), List.of(), List.of(), false,
				failOnError, Duration.ofSeconds(30), historyTable, null, "test", true);
	}

	private ConfigurableApplicationContext startShop(String... properties) {
		List<String> all = new ArrayList<>(
				List.of("spring.main.banner-mode=off", "spring.jpa.hibernate.ddl-auto=none"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(ShopApplication.class).web(WebApplicationType.NONE)
			.initializers((ctx) -> ctx.getBeanFactory().registerSingleton("dataSource", this.dataSource))
			.properties(all.toArray(String[]::new))
			.run();
	}

	/** A table of the user's: columns, a unique index, and rows. */
	private void createUserTable(String name) {
		this.jdbc.execute("create table " + name
				+ " (id integer not null, label varchar(40) not null, note varchar(20)," + " primary key (id))");
		this.jdbc.execute("create unique index " + name + "_label on " + name + " (label)");
		this.jdbc.update("insert into " + name + " (id, label, note) values (1, 'first', null)");
		this.jdbc.update("insert into " + name + " (id, label, note) values (2, 'second', 'kept')");
	}

	/**
	 * A table's columns (name, type, size, nullability), indexes and rows, to compare
	 * before and after.
	 */
	private TableSnapshot snapshot(String name) {
		return new JdbcTemplate(this.dataSource)
			.execute((org.springframework.jdbc.core.ConnectionCallback<TableSnapshot>) (c) -> {
				String stored = storedName(c, name);
				List<String> columns = new ArrayList<>();
				try (var rows = c.getMetaData().getColumns(c.getCatalog(), null, stored, "%")) {
					while (rows.next()) {
						if (stored.equals(rows.getString("TABLE_NAME"))) {
							columns.add(rows.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT) + " "
									+ rows.getString("TYPE_NAME") + " " + rows.getInt("COLUMN_SIZE") + " "
									+ rows.getInt("NULLABLE"));
						}
					}
				}
				assertThat(columns).isNotEmpty();
				List<String> indexes = new ArrayList<>();
				try (var rows = c.getMetaData().getIndexInfo(c.getCatalog(), null, stored, false, false)) {
					while (rows.next()) {
						indexes.add(rows.getString("INDEX_NAME") + " " + rows.getString("COLUMN_NAME") + " "
								+ rows.getBoolean("NON_UNIQUE"));
					}
				}
				indexes.sort(null);
				List<Map<String, Object>> rows = new JdbcTemplate(
						new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true))
					.queryForList("select * from " + name + " order by 1");
				return new TableSnapshot(columns, indexes, rows.toString());
			});
	}

	/**
	 * The name as the database stores it (H2 folds to upper case), for the metadata
	 * calls.
	 */
	private static String storedName(java.sql.Connection c, String name) throws java.sql.SQLException {
		try (var tables = c.getMetaData().getTables(c.getCatalog(), null, "%", null)) {
			while (tables.next()) {
				if (tables.getString("TABLE_NAME").equalsIgnoreCase(name)) {
					return tables.getString("TABLE_NAME");
				}
			}
		}
		throw new AssertionError("No table " + name);
	}

	private String remarks(String table, String column) {
		return new JdbcTemplate(this.dataSource)
			.execute((org.springframework.jdbc.core.ConnectionCallback<String>) (c) -> {
				String stored = storedName(c, table);
				try (var rows = c.getMetaData().getColumns(c.getCatalog(), null, stored, "%")) {
					while (rows.next()) {
						if (rows.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
							return rows.getString("REMARKS");
						}
					}
				}
				return null;
			});
	}

	record TableSnapshot(List<String> columns, List<String> indexes, String rows) {
	}

	@jakarta.persistence.Entity
	static class SmuggledByColumnDefinition {

		@jakarta.persistence.Id
		private Long id;

		@jakarta.persistence.Column(
				columnDefinition = "varchar(10)); drop table victim; create table smuggled (id bigint")
		private String name;

	}

	@jakarta.persistence.Entity
	static class SmuggledByColumnDefault {

		@jakarta.persistence.Id
		private Long id;

		@org.hibernate.annotations.ColumnDefault("'x'); drop table victim; create table smuggled (id bigint")
		private String name;

	}

	/**
	 * A comment opener hides the rest of the statement: a separator behind it is then the
	 * database's to read.
	 */
	@jakarta.persistence.Entity
	static class SmuggledBehindAComment {

		@jakarta.persistence.Id
		private Long id;

		@jakarta.persistence.Column(columnDefinition = "varchar(10) /* ; drop table victim */")
		private String name;

	}

	@jakarta.persistence.Entity
	@jakarta.persistence.Table(name = "commented")
	static class CommentHoldingAQuote {

		@jakarta.persistence.Id
		private Long id;

		@org.hibernate.annotations.Comment("x'); drop table victim; create table smuggled (id bigint); --")
		private String note;

	}

	@jakarta.persistence.Entity
	@jakarta.persistence.Table(name = "commented")
	static class CommentHoldingABackslashedQuote {

		@jakarta.persistence.Id
		private Long id;

		@org.hibernate.annotations.Comment("x\\'); drop table victim; create table smuggled (id bigint); --")
		private String note;

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
