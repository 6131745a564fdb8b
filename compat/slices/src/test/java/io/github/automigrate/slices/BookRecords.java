package io.github.automigrate.slices;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;

/** A Spring Data JDBC repository of books. */
public interface BookRecords extends CrudRepository<BookRecords.Book, Long> {

	/**
	 * Table {@code book} as Spring Data JDBC reads it, for the {@code @DataJdbcTest}
	 * slice: its name derived from the class, so Spring Data letter-cases it as the
	 * database folds the JPA entity's unquoted {@code book} ({@code "BOOK"} on H2,
	 * {@code "book"} on PostgreSQL). An explicit {@code @Table("book")} would be quoted
	 * as written: on H2 another table than the entity's.
	 *
	 * @param id the key
	 * @param title the title
	 * @param pages the number of pages
	 */
	@Table
	record Book(@Id Long id, String title, int pages) {

	}

}
