package io.github.automigrate.compat.slices35;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JooqTest}: jOOQ queries the table AutoMigrate made and {@code data.sql} filled.
 */
abstract class AbstractJooqSliceTests {

	@Autowired
	private DSLContext dsl;

	@Autowired
	private ApplicationContext context;

	@Test
	void jooqQueriesTheTablesAutoMigrateMade() {
		assertThat(this.dsl.fetchCount(DSL.table("book"))).isEqualTo(2);
		SliceChecks.migratedByTheCoreAutoConfigurationOnly(this.context);
	}

}
