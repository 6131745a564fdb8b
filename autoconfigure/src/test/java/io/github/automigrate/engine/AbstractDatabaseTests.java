package io.github.automigrate.engine;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.testsupport.TestDatabase;

/**
 * A suite that runs every test on a fresh database of one kind, dropped afterwards.
 * Subclasses name the kind.
 */
abstract class AbstractDatabaseTests {

	final TestDatabase database = database();

	DataSource dataSource;

	JdbcTemplate jdbc;

	abstract TestDatabase database();

	@BeforeEach
	void createDatabase() {
		this.dataSource = this.database.create();
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@AfterEach
	void dropDatabase() {
		this.database.dropAll();
	}

}
