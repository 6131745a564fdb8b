package io.github.automigrate.datajdbc.sqlite;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;

/** An application on SQLite that declares its own Spring Data JDBC dialect. */
@SpringBootApplication
@EnableJdbcRepositories(considerNestedRepositories = true)
public class SqliteApplication {

	@Bean
	JdbcDialect sqliteDialect() {
		return SqliteDialect.INSTANCE;
	}

	/**
	 * An aggregate with a child list.
	 *
	 * @param id the generated id
	 * @param customer who it is for
	 * @param items its lines, in table {@code item}
	 */
	@Table
	public record Invoice(@Id Long id, String customer, List<Item> items) {

	}

	/**
	 * A line of an invoice.
	 *
	 * @param product what
	 * @param quantity how many
	 */
	public record Item(String product, int quantity) {

	}

	/** The invoices. */
	public interface Invoices extends CrudRepository<Invoice, Long> {

	}

}
