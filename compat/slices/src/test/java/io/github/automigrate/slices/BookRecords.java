package io.github.automigrate.slices;

import org.springframework.data.repository.CrudRepository;

/** A Spring Data JDBC repository of books. */
public interface BookRecords extends CrudRepository<BookRecord, Long> {

}
