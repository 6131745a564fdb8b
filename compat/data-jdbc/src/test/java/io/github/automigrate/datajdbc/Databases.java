package io.github.automigrate.datajdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The databases Spring Data JDBC runs on here, each giving a fresh, empty database per
 * call: H2 in memory; PostgreSQL and MariaDB at the servers
 * {@code AUTOMIGRATE_TEST_POSTGRES_URL} and {@code AUTOMIGRATE_TEST_MARIADB_URL} name (as
 * the autoconfigure module's tests find them; skipped where unset, failed when
 * {@code CI=true}).
 */
enum Databases {

	H2(null, null, null), POSTGRESQL("POSTGRES", "postgres", " with (force)"), MARIADB("MARIADB", "root", "");

	private final String env;

	private final String defaultUser;

	private final String dropSuffix;

	Databases(String env, String defaultUser, String dropSuffix) {
		this.env = env;
		this.defaultUser = defaultUser;
		this.dropSuffix = dropSuffix;
	}

	/**
	 * A fresh, empty database.
	 * @return its JDBC URL, user and password
	 */
	Database create() {
		String database = "am_dj_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (this.env == null) {
			return new Database("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1", "sa", "", () -> {
			});
		}
		String server = System.getenv("AUTOMIGRATE_TEST_" + this.env + "_URL");
		if (server == null || server.isBlank()) {
			String problem = "AUTOMIGRATE_TEST_" + this.env + "_URL is not set";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(problem + " (CI=true: a server test may not be skipped)");
			}
			Assumptions.abort(problem);
		}
		String user = env("AUTOMIGRATE_TEST_" + this.env + "_USER", this.defaultUser);
		String password = env("AUTOMIGRATE_TEST_" + this.env + "_PASSWORD", "");
		execute(server, user, password, "create database " + database);
		String base = server.endsWith("/") ? server : server + "/";
		return new Database(base + database, user, password,
				() -> execute(server, user, password, "drop database if exists " + database + this.dropSuffix));
	}

	/**
	 * Quotes a name the application wrote in lower case ({@code @Column("pos")}), as
	 * Spring Data quotes it.
	 * @param name the name
	 * @return the name for test SQL
	 */
	String quote(String name) {
		return (this == MARIADB) ? "`" + name + "`" : "\"" + name + "\"";
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url, ex);
		}
	}

	/** A database made for one test. */
	record Database(String url, String user, String password, Runnable drop) {

		org.springframework.jdbc.datasource.DriverManagerDataSource dataSource() {
			return new org.springframework.jdbc.datasource.DriverManagerDataSource(this.url, this.user, this.password);
		}

		String[] properties(String... more) {
			String[] base = { "spring.datasource.url=" + this.url, "spring.datasource.username=" + this.user,
					"spring.datasource.password=" + this.password };
			String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
			System.arraycopy(more, 0, all, base.length, more.length);
			return all;
		}

	}

}
