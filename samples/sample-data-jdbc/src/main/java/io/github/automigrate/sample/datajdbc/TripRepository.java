package io.github.automigrate.sample.datajdbc;

import org.springframework.data.repository.ListCrudRepository;

/** Spring Data JDBC's repository for trips. */
public interface TripRepository extends ListCrudRepository<Trip, Long> {

}
