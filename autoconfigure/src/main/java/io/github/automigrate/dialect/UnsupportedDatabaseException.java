package io.github.automigrate.dialect;

/**
 * Thrown when the application's database is one AutoMigrate has no dialect for.
 */
public class UnsupportedDatabaseException extends RuntimeException {

	private final String product;

	public UnsupportedDatabaseException(String product) {
		super("AutoMigrate does not support the database '" + product
				+ "'. Supported: SQLite, H2, HSQLDB, MySQL, MariaDB and PostgreSQL. "
				+ "Set schema.automigrate.enabled=false to start without it.");
		this.product = product;
	}

	/** The database product name the connection reported. */
	public String getProduct() {
		return this.product;
	}

}
