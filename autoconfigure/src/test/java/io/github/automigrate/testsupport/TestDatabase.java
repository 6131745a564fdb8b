package io.github.automigrate.testsupport;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * One database kind the tests run on. Each call to {@link #create()} gives a fresh, empty
 * database.
 */
public interface TestDatabase {

	/** A short name for test output. */
	String name();

	/**
	 * Creates a fresh, empty database.
	 * @return a data source for it
	 */
	DataSource create();

	/**
	 * The Hibernate dialect class to validate with, or {@code null} to let Hibernate
	 * choose.
	 */
	default String hibernateDialect() {
		return null;
	}

	/**
	 * Quotes a reserved word as AutoMigrate writes it on this database (in the case it
	 * folds names to).
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
	 * The statement that creates a view of one row and one column, {@code id}: an object
	 * in the way of a table.
	 * @param name the view's name
	 * @return the statement
	 */
	default String createView(String name) {
		return "create view " + name + " as select 1 as id";
	}

	/**
	 * The statement that drops an index or unique constraint, for tests that start from a
	 * schema that lacks one.
	 * @param table the table
	 * @param name the index or constraint name
	 * @param constraint whether it is a unique constraint rather than an index
	 * @return the statement
	 */
	default String dropIndex(String table, String name, boolean constraint) {
		return constraint ? "alter table " + table + " drop constraint " + name : "drop index " + name;
	}

	/**
	 * The statement that drops a foreign key.
	 * @param table the table
	 * @param name the foreign key's name
	 * @return the statement
	 */
	default String dropForeignKey(String table, String name) {
		return "alter table " + table + " drop constraint " + name;
	}

	/**
	 * The statement that gives a NOT NULL column another type.
	 * @param table the table
	 * @param column the column
	 * @param type the new type
	 * @return the statement
	 */
	default String changeNotNullColumnType(String table, String column, String type) {
		return "alter table " + table + " alter column " + column + " set data type " + type;
	}

	/**
	 * A data source on the same database for a user who may connect and read, but not
	 * create or alter anything.
	 * @param dataSource a data source {@link #create()} returned
	 * @return the restricted data source, or {@code null} where the database has no users
	 */
	default @Nullable DataSource restricted(DataSource dataSource) {
		return null;
	}

	/**
	 * A data source on the same database that can only read.
	 * @param dataSource a data source {@link #create()} returned
	 * @return the read-only data source, or {@code null} where this database cannot be
	 * opened read-only
	 */
	default @Nullable DataSource readOnly(DataSource dataSource) {
		return null;
	}

	/** Whether another process can open the databases {@link #create()} makes. */
	default boolean sharedBetweenProcesses() {
		return false;
	}

	/**
	 * Whether another process is in the middle of migrating the database: some of its
	 * statements are visible or running.
	 * @param dataSource the database
	 * @return true once it is
	 */
	default boolean isApplying(DataSource dataSource) {
		Integer tables = new org.springframework.jdbc.core.JdbcTemplate(dataSource)
			.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) (connection) -> {
				int count = 0;
				try (java.sql.ResultSet rows = connection.getMetaData()
					.getTables(connection.getCatalog(), null, "generated%", null)) {
					while (rows.next()) {
						count++;
					}
				}
				return count;
			});
		return tables != null && tables >= 10;
	}

	/** Drops what {@link #create()} made. */
	void dropAll();

}
