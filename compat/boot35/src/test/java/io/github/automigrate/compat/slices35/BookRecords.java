package io.github.automigrate.compat.slices35;

import org.springframework.data.repository.CrudRepository;

/** A Spring Data JDBC repository of books. */
public interface BookRecords extends CrudRepository<BookRecord, Long> {

}
