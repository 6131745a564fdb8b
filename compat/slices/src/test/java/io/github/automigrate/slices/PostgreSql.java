package io.github.automigrate.slices;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

/**
 * A fresh PostgreSQL database for a slice test that keeps the application's database
 * ({@code @AutoConfigureTestDatabase(replace = NONE)}); fails, not skips, when the server
 * is unreachable in CI.
 */
final class PostgreSql {

	private static final TestDatabase SERVER = ServerDatabases.postgresql();

	private PostgreSql() {
	}

	static void register(DynamicPropertyRegistry registry) {
		DriverManagerDataSource database = (DriverManagerDataSource) SERVER.create();
		registry.add("spring.datasource.url", database::getUrl);
		registry.add("spring.datasource.username", database::getUsername);
		registry.add("spring.datasource.password", database::getPassword);
		// data.sql runs on an embedded database only, unless asked.
		registry.add("spring.sql.init.mode", () -> "always");
	}

	static void dropAll() {
		SERVER.dropAll();
	}

}
