package io.github.automigrate.sample;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds one author and one book on the first start. It runs after AutoMigrate (the
 * JdbcTemplate waits for database initialization), so the tables are there; on later
 * starts the rows are kept, whatever AutoMigrate adds.
 */
@Component
class SampleData implements ApplicationRunner {

	private final JdbcTemplate jdbc;

	SampleData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer books = this.jdbc.queryForObject("select count(*) from book", Integer.class);
		if (books != null && books == 0) {
			this.jdbc.update("insert into author (name) values ('Ursula K. Le Guin')");
			this.jdbc.update("insert into book (isbn, title, author_id, format) values ('978-0-441-47812-5', "
					+ "'The Left Hand of Darkness', (select max(id) from author), 'PAPERBACK')");
		}
	}

}
