package io.github.automigrate.compat.slices35;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On Spring Boot 3.5, on the application's own PostgreSQL database, which the slice is
 * told to keep.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgreSqlJdbcSliceTests extends AbstractJdbcSliceTests {

	@DynamicPropertySource
	static void postgresql(DynamicPropertyRegistry registry) {
		PostgreSql.register(registry);
	}

	@AfterAll
	static void dropDatabases() throws SQLException {
		PostgreSql.dropAll();
	}

}
