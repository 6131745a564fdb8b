package io.github.automigrate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The four databases: SQLite (a temporary file) and H2 (in memory) embedded, MariaDB and
 * PostgreSQL on servers named by {@code bench.mariadb.url} and
 * {@code bench.postgresql.url} (with {@code .user} and {@code .password}), on which each
 * scenario run creates a database {@code am_bench_<random>} and drops it again.
 */
public final class Databases {

	private Databases() {
	}

	/**
	 * The database of a name.
	 * @param key {@code sqlite}, {@code h2}, {@code mariadb} or {@code postgresql}
	 * @return the database
	 */
	public static BenchDatabase of(String key) {
		return switch (key) {
			case "sqlite" -> new Embedded("SQLite", Databases::sqlite);
			case "h2" -> new Embedded("H2", () -> "jdbc:h2:mem:am_bench_" + random() + ";DB_CLOSE_DELAY=-1");
			case "mariadb" -> new Server("MariaDB", "mariadb", "root", "");
			case "postgresql" -> new Server("PostgreSQL", "postgresql", "postgres", " with (force)");
			default -> throw new IllegalArgumentException(
					"Unknown database '" + key + "': use sqlite, h2, mariadb or postgresql");
		};
	}

	private static String sqlite() {
		try {
			return "jdbc:sqlite:" + Files.createTempDirectory("am_bench_sqlite").resolve("bench.db");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String random() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** An embedded database, reached by URL. */
	private record Embedded(String name, java.util.function.Supplier<String> urls) implements BenchDatabase {

		@Override
		public Scratch create() {
			String url = urls().get();
			return new Scratch() {

				@Override
				public Connection connect() throws SQLException {
					return DriverManager.getConnection(url);
				}

				@Override
				public void close() throws SQLException {
					if (url.startsWith("jdbc:h2:")) {
						try (Connection connection = connect(); Statement statement = connection.createStatement()) {
							statement.execute("shutdown");
						}
					}
					else {
						Path file = Path.of(url.substring("jdbc:sqlite:".length()));
						try {
							Files.deleteIfExists(file);
							Files.deleteIfExists(file.getParent());
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}
				}

			};
		}

	}

	/** A database server, on which each scratch database is created and dropped. */
	private record Server(String name, String key, String defaultUser, String forceDrop) implements BenchDatabase {

		@Override
		public Scratch create() throws SQLException {
			String url = BenchmarkOptions.property("bench." + key() + ".url", "");
			String user = BenchmarkOptions.property("bench." + key() + ".user", defaultUser());
			String password = System.getProperty("bench." + key() + ".password", "");
			String database = "am_bench_" + random();
			execute(url, user, password, "create database " + database);
			String databaseUrl = url.endsWith("/") ? url + database : url + "/" + database;
			return new Scratch() {

				@Override
				public Connection connect() throws SQLException {
					return DriverManager.getConnection(databaseUrl, user, password);
				}

				@Override
				public void close() throws SQLException {
					execute(url, user, password, "drop database if exists " + database + forceDrop());
				}

			};
		}

		private static void execute(String url, String user, String password, String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

	}

}
