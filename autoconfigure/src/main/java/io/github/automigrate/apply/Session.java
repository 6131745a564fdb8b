package io.github.automigrate.apply;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.DialectResolver;

/**
 * The one connection a run works on, with what it tells about its database.
 *
 * @param connection the connection
 * @param metadata its metadata
 * @param database the database product and version, as the report names it
 * @param jdbc a template on it alone
 * @param dialect the database's dialect
 */
record Session(Connection connection, DatabaseMetaData metadata, String database, JdbcTemplate jdbc, Dialect dialect) {

	/**
	 * Opens a session on a connection.
	 * @param connection the connection
	 * @param metadata its metadata
	 * @param database the database product and version, read already
	 * @return the session
	 * @throws SQLException if the metadata cannot be read
	 * @throws io.github.automigrate.dialect.UnsupportedDatabaseException if AutoMigrate
	 * does not support the database
	 */
	static Session on(Connection connection, DatabaseMetaData metadata, String database) throws SQLException {
		Dialect dialect = DialectResolver.resolve(metadata);
		return new Session(connection, metadata, database,
				new JdbcTemplate(new SingleConnectionDataSource(connection, true)), dialect);
	}

}
