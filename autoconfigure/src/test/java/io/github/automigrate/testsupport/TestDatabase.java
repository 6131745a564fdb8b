package io.github.automigrate.testsupport;

import javax.sql.DataSource;

/**
 * One database kind the tests run on. Each call to {@link #create()} gives a fresh, empty database.
 */
public interface TestDatabase {

	/** A short name for test output. */
	String name();

	/**
	 * Creates a fresh, empty database.
	 * @return a data source for it
	 */
	DataSource create();

	/** The Hibernate dialect class to validate with, or {@code null} to let Hibernate choose. */
	default String hibernateDialect() {
		return null;
	}

	/**
	 * Quotes a reserved word as AutoMigrate writes it on this database (in the case it folds names to).
	 * @param name the name
	 * @return the quoted name, for test SQL
	 */
	default String quote(String name) {
		return "\"" + name + "\"";
	}

	/**
	 * Writes a boolean as an SQL literal this database compares a boolean column with.
	 * @param value the value
	 * @return the literal, for test SQL
	 */
	default String booleanLiteral(boolean value) {
		return String.valueOf(value);
	}

	/**
	 * Creates a schema besides the default one, which {@link #dropAll()} drops again.
	 * @param dataSource a database {@link #create()} made
	 * @param name the schema's name
	 */
	default void createSchema(DataSource dataSource, String name) {
		new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute("create schema " + name);
	}

	/**
	 * The statement that drops an index or unique constraint, for tests that start from a schema that lacks one.
	 * @param table the table
	 * @param name the index or constraint name
	 * @param constraint whether it is a unique constraint rather than an index
	 * @return the statement
	 */
	default String dropIndex(String table, String name, boolean constraint) {
		return constraint ? "alter table " + table + " drop constraint " + name : "drop index " + name;
	}

	/** Drops what {@link #create()} made. */
	void dropAll();

}
