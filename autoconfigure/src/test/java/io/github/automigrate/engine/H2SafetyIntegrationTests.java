package io.github.automigrate.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.MigrateMain;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class H2SafetyIntegrationTests extends AbstractSafetyIntegrationTests {

	/** Enough tables that two runs started together overlap. */
	private static final int TABLES = 80;

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.h2();
	}

	/**
	 * H2 serving one file to several processes ({@code AUTO_SERVER}: this JVM opens it
	 * first and serves it, the two processes connect to it): the lock within a JVM does
	 * not reach them, the lease row does.
	 */
	@Test
	void twoProcessesOnOneServedDatabaseStartingTogetherBothStartAndOneApplies(@TempDir Path directory)
			throws Exception {
		for (int round = 0; round < 4; round++) {
			String url = "jdbc:h2:file:" + Files.createDirectories(directory.resolve("r" + round)).resolve("db")
					+ ";AUTO_SERVER=TRUE";
			DriverManagerDataSource file = new DriverManagerDataSource(url, "sa", "");
			try (Connection server = file.getConnection()) {
				long startAt = System.currentTimeMillis() + 3000;
				List<Process> processes = List.of(migrateInAnotherJvm(url, startAt), migrateInAnotherJvm(url, startAt));
				List<String> outputs = new ArrayList<>();
				for (Process process : processes) {
					assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
					String output = new String(process.getInputStream().readAllBytes());
					assertThat(process.exitValue()).as(output).isZero();
					outputs.add(output);
				}
				assertThat(outputs).as("round " + round)
					.filteredOn((output) -> output.contains("OUTCOME APPLIED"))
					.hasSize(1);
				assertThat(outputs).as("round " + round)
					.filteredOn((output) -> output.contains("OUTCOME UP_TO_DATE"))
					.hasSize(1);
				assertThat(new SchemaMigrator(file)
					.migrate(
							MigrationRequest.of(MigrateMain.generated(TABLES), List.of("test"), List.of(), false, true))
					.statements()).isEmpty();
			}
		}
	}

	/**
	 * A table of the user's named as AutoMigrate's lock table, in a database whose lock
	 * is that table's lease row (a file H2 serves to other processes): the run stops
	 * naming it, and the table and its rows are unchanged.
	 */
	@Test
	void aUserTableNamedAsTheLockTableIsNeverWritten(@TempDir Path directory) throws Exception {
		DriverManagerDataSource file = new DriverManagerDataSource(
				"jdbc:h2:file:" + directory.resolve("db") + ";AUTO_SERVER=TRUE", "sa", "");
		JdbcTemplate jdbc = new JdbcTemplate(file);
		jdbc.execute("create table automigrate_lock (id int primary key, note varchar(20))");
		jdbc.update("insert into automigrate_lock values (1, 'mine')");
		assertThatExceptionOfType(MigrationFailedException.class)
			.isThrownBy(() -> new SchemaMigrator(file)
				.migrate(MigrationRequest.of(MigrateMain.generated(3), List.of("test"), List.of(), false, true)))
			.withMessageContaining("automigrate_lock is not AutoMigrate's lock table")
			.withMessageContaining("touched nothing");
		assertThat(jdbc.queryForList("select * from automigrate_lock")).hasSize(1)
			.allSatisfy((row) -> assertThat(row).containsOnlyKeys("ID", "NOTE").containsEntry("NOTE", "mine"));
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = 'PUBLIC'",
				Integer.class))
			.as("no other table made")
			.isEqualTo(1);
	}

	private static Process migrateInAnotherJvm(String url, long startAt) throws Exception {
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-DstartAt=" + startAt, "-cp", System.getProperty("java.class.path"), MigrateMain.class.getName(), url,
				"sa", "", String.valueOf(TABLES))
			.redirectErrorStream(true)
			.start();
	}

}
