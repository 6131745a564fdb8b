package io.github.automigrate.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sample on the MariaDB server that AUTOMIGRATE_TEST_MARIADB_URL names (CI's loopback
 * server), in a database of its own. Skipped without the server, except in CI, where a
 * missing server fails the test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationTests {

	private static final String SERVER = System.getenv("AUTOMIGRATE_TEST_MARIADB_URL");

	private static final String USER = System.getenv().getOrDefault("AUTOMIGRATE_TEST_MARIADB_USER", "root");

	private static final String DATABASE = "automigrate_sample_" + UUID.randomUUID().toString().substring(0, 8);

	@LocalServerPort
	int port;

	@BeforeAll
	static void serverIsThere() {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		assumeTrue(SERVER != null || ci, "AUTOMIGRATE_TEST_MARIADB_URL is not set");
		assertThat(SERVER).as("AUTOMIGRATE_TEST_MARIADB_URL in CI").isNotNull();
		try (Connection connection = DriverManager.getConnection(SERVER, USER, "")) {
			assertThat(connection.isValid(5)).isTrue();
		}
		catch (SQLException ex) {
			assumeTrue(ci, "MariaDB is unreachable: " + ex.getMessage());
			throw new IllegalStateException("MariaDB is unreachable in CI", ex);
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> SERVER + DATABASE + "?createDatabaseIfNotExist=true");
		registry.add("spring.datasource.username", () -> USER);
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		if (SERVER != null) {
			try (Connection connection = DriverManager.getConnection(SERVER, USER, "");
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + DATABASE);
			}
		}
	}

	@Test
	void startsOnAnEmptyDatabaseAndServesTheCatalogue() throws Exception {
		assertThat(get("/books")).contains("The Left Hand of Darkness");
		assertThat(get("/actuator/automigrate")).contains("\"outcome\":\"APPLIED\"").contains("create table book");
		assertThat(get("/actuator/health/automigrate")).contains("\"status\":\"UP\"");
	}

	private String get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
