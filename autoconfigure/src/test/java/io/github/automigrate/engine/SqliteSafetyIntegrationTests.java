package io.github.automigrate.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.MigrateMain;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.ShopModel;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteSafetyIntegrationTests extends AbstractSafetyIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.sqlite();
	}

	/**
	 * The in-JVM lock serialises threads only; processes on one file serialise through
	 * SQLite's write lock, taken before the first read of the catalog.
	 */
	@Test
	void twoProcessesOnOneFileStartingTogetherBothStartAndOneApplies() throws Exception {
		for (int round = 0; round < 8; round++) {
			DataSource file = (round == 0) ? this.dataSource : this.database.create();
			String url = ((DriverManagerDataSource) file).getUrl();
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
			assertThat(Migrations.migrate(file, ShopModel.CLASSES).statements()).isEmpty();
			HibernateSchemaTool.validate(this.database, file, ShopModel.CLASSES);
		}
	}

	private static Process migrateInAnotherJvm(String url, long startAt) throws Exception {
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-DstartAt=" + startAt, "-cp", System.getProperty("java.class.path"), MigrateMain.class.getName(), url,
				"", "")
			.redirectErrorStream(true)
			.start();
	}

	@Test
	void aReadOnlyDatabaseGetsAClearFailure() {
		assertReadOnlyDatabaseGetsAClearFailure();
	}

}
