package io.github.automigrate.compat.slices35;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest}: AutoMigrate makes the tables before {@code data.sql} fills them
 * and Hibernate uses them.
 */
// Said again here: the test methods declared in this class do not see the @Transactional
// of @DataJpaTest.
@Transactional
abstract class AbstractDataJpaSliceTests {

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private ApplicationContext context;

	@Test
	void dataSqlFillsTheTablesAutoMigrateMade() {
		assertThat(books()).isEqualTo(2);
		SliceChecks.migratedByTheCoreAutoConfigurationOnly(this.context);
	}

	@Test
	void hibernateWritesToThem() {
		Book saved = this.entities.persistFlushFind(new Book("Sanditon", 160));
		assertThat(saved.getTitle()).isEqualTo("Sanditon");
		assertThat(books()).isEqualTo(3);
	}

	private long books() {
		return this.entities.getEntityManager()
			.createQuery("select count(b) from Book b", Long.class)
			.getSingleResult();
	}

}
