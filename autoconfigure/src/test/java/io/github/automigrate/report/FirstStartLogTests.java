package io.github.automigrate.report;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.testsupport.GeneratedEntities;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a first start with many entities writes to the log: a line naming the database,
 * then a summary, and the statements only at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartLogTests {

	@Test
	void aFirstStartWithManyEntitiesWritesAFewLinesAtInfoAndNoCredentials(CapturedOutput output) {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=s3cret";
		MigrationReport report = Migrations.migrate(new DriverManagerDataSource(url), GeneratedEntities.of(200));
		new ReportLogger().log(report);
		assertThat(report.statements()).hasSizeGreaterThan(200);
		List<String> lines = output.toString().lines().filter((line) -> line.contains("AutoMigrate")).toList();
		List<String> info = lines.stream()
			.filter((line) -> line.contains("INFO"))
			// A progress line every five seconds of a slow apply: not counted.
			.filter((line) -> !line.contains("AutoMigrate applied "))
			.toList();
		assertThat(info).hasSize(2);
		assertThat(info.get(0)).contains("AutoMigrate comparing 200 entities with H2 ").contains(" at jdbc:h2:mem:");
		assertThat(info.get(1)).contains("AutoMigrate APPLIED on H2 ");
		assertThat(lines).noneMatch((line) -> line.contains("s3cret"));
	}

	@Test
	void theFirstLineNamesTheDatabaseByAUrlWithoutCredentials(CapturedOutput output) {
		TestDatabase database = ServerDatabases.postgresql();
		try {
			String url = ((DriverManagerDataSource) database.create()).getUrl();
			// The server trusts local connections: the password is not checked, only
			// carried by the URL.
			String withCredentials = url + (url.contains("?") ? "&" : "?") + "user=postgres&password=s3cret";
			Migrations.migrate(new DriverManagerDataSource(withCredentials), GeneratedEntities.of(3));
			String first = output.toString()
				.lines()
				.filter((line) -> line.contains("AutoMigrate"))
				.findFirst()
				.orElseThrow();
			assertThat(first).contains("AutoMigrate comparing 3 entities with PostgreSQL ")
				.contains(" at " + url)
				.doesNotContain("s3cret")
				.doesNotContain("user=");
		}
		finally {
			database.dropAll();
		}
	}

}
