package io.github.automigrate.datajdbc.arrays;

import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;

/** Collections of simple values, which Spring Data JDBC writes as array columns. */
@SpringBootApplication
@EnableJdbcRepositories(considerNestedRepositories = true)
public class ArraysApplication {

	@Table
	public static class Labelled {

		@Id
		Long id;

		List<String> labels;

		String[] codes;

		Set<Integer> scores;

		List<Long> counts;

		public Labelled(Long id, List<String> labels, String[] codes, Set<Integer> scores, List<Long> counts) {
			this.id = id;
			this.labels = labels;
			this.codes = codes;
			this.scores = scores;
			this.counts = counts;
		}

		public Long getId() {
			return this.id;
		}

	}

	public interface Labels extends CrudRepository<Labelled, Long> {

	}

}
