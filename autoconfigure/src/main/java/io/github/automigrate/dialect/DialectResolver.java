package io.github.automigrate.dialect;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * Chooses the dialect from the connection's metadata, through Spring Boot's
 * {@link DatabaseDriver}. An unsupported database stops with a clear message rather than
 * a guess that would emit broken SQL.
 */
public final class DialectResolver {

	private DialectResolver() {
	}

	/**
	 * Chooses the dialect of a database.
	 * @param metadata the connection's metadata
	 * @return the dialect
	 * @throws SQLException if the metadata cannot be read
	 * @throws UnsupportedDatabaseException if AutoMigrate does not support the database
	 */
	public static Dialect resolve(DatabaseMetaData metadata) throws SQLException {
		String product = metadata.getDatabaseProductName();
		String keywords = metadata.getSQLKeywords();
		return switch (DatabaseDriver.fromProductName(product)) {
			case SQLITE -> new SqliteDialect(keywords);
			case H2 -> new H2Dialect(keywords);
			case HSQLDB -> new HsqldbDialect(keywords);
			case MYSQL, MARIADB -> MySqlDialect.of(metadata);
			case POSTGRESQL -> new PostgreSqlDialect(keywords);
			default -> throw new UnsupportedDatabaseException(product);
		};
	}

}
