package io.github.automigrate.datajdbc.evolution.v1;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;

/** Version 1 of an application: a journal with a title. */
@SpringBootApplication
@EnableJdbcRepositories(considerNestedRepositories = true)
public class JournalV1Application {

	@Table("journal")
	public record Journal(@Id Long id, String title) {
	}

	public interface Journals extends CrudRepository<Journal, Long> {

	}

}
