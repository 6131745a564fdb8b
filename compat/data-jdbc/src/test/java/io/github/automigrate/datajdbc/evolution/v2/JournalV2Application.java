package io.github.automigrate.datajdbc.evolution.v2;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;

/** Version 2 of the same application: the journal gains a mood and a list of entries. */
@SpringBootApplication
@EnableJdbcRepositories(considerNestedRepositories = true)
public class JournalV2Application {

	@Table("journal")
	public record Journal(@Id Long id, String title, String mood, List<Entry> entries) {
	}

	public record Entry(String text) {
	}

	public interface Journals extends CrudRepository<Journal, Long> {

	}

}
