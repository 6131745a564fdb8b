package io.github.automigrate.sample;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the catalogue with plain JDBC, to show the tables AutoMigrate made are ordinary
 * tables.
 */
@RestController
class CatalogueController {

	private final JdbcTemplate jdbc;

	CatalogueController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/books")
	List<Map<String, Object>> books() {
		return this.jdbc.queryForList(
				"select b.isbn, b.title, a.name as author from book b join author a on a.id = b.author_id order by b.title");
	}

}
