package io.github.automigrate.compat.slices35;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A fresh PostgreSQL database for a slice test that keeps the application's database
 * ({@code @AutoConfigureTestDatabase(replace = NONE)}); fails, not skips, when the server
 * is unreachable in CI.
 */
final class PostgreSql {

	private static final String SERVER = System.getenv("AUTOMIGRATE_TEST_POSTGRES_URL");

	private static final String USER = System.getenv().getOrDefault("AUTOMIGRATE_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("AUTOMIGRATE_TEST_POSTGRES_PASSWORD", "");

	private static final List<String> created = new ArrayList<>();

	private PostgreSql() {
	}

	static void register(DynamicPropertyRegistry registry) {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (SERVER == null) {
			assertThat(ci).as("AUTOMIGRATE_TEST_POSTGRES_URL must be set in CI").isFalse();
			assumeTrue(false, "AUTOMIGRATE_TEST_POSTGRES_URL is not set");
		}
		String database = "automigrate_slices35_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try {
			execute("create database " + database);
		}
		catch (SQLException ex) {
			assertThat(ci).as("PostgreSQL at %s is unreachable in CI: %s", SERVER, ex.getMessage()).isFalse();
			assumeTrue(false, "PostgreSQL is unreachable: " + ex.getMessage());
		}
		created.add(database);
		registry.add("spring.datasource.url", () -> SERVER + database);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
		// data.sql runs on an embedded database only, unless asked.
		registry.add("spring.sql.init.mode", () -> "always");
	}

	static void dropAll() throws SQLException {
		for (String database : created) {
			execute("drop database if exists " + database + " with (force)");
		}
		created.clear();
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
