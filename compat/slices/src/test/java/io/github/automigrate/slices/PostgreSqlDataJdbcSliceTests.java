package io.github.automigrate.slices;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On the application's own PostgreSQL database, which the slice is told to keep. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgreSqlDataJdbcSliceTests extends AbstractDataJdbcSliceTests {

	@DynamicPropertySource
	static void postgresql(DynamicPropertyRegistry registry) {
		PostgreSql.register(registry);
	}

	@AfterAll
	static void dropDatabases() {
		PostgreSql.dropAll();
	}

}
