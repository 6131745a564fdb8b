package io.github.automigrate.datajdbc.shapes;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** An application of every shape, with Spring Data JDBC's repositories and no JPA. */
@SpringBootApplication
@EnableJdbcRepositories(considerNestedRepositories = true)
public class ShapesApplication {

	/**
	 * How many people the application's own runner found: the schema and data.sql came
	 * first.
	 */
	public static final AtomicLong PEOPLE_SEEN_BY_RUNNER = new AtomicLong(-1);

	@Bean
	ApplicationRunner countPeople(Repositories.People people) {
		return (arguments) -> PEOPLE_SEEN_BY_RUNNER.set(people.count());
	}

}
