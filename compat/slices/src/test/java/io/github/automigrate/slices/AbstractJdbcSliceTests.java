package io.github.automigrate.slices;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @JdbcTest}: AutoMigrate makes the tables before {@code data.sql} fills them. */
abstract class AbstractJdbcSliceTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Test
	void dataSqlFillsTheTablesAutoMigrateMade() {
		assertThat(this.jdbc.sql("select title from book order by title").query(String.class).list())
			.containsExactly("Emma", "Persuasion");
		SliceChecks.migratedByTheCoreAutoConfigurationOnly(this.context);
	}

}
