package io.github.automigrate.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * SQLite (a file per database), H2 and HSQLDB (in memory), all real databases.
 */
public final class EmbeddedDatabases {

	private EmbeddedDatabases() {
	}

	public static TestDatabase sqlite() {
		return new TestDatabase() {

			private final List<Path> directories = new ArrayList<>();

			@Override
			public String name() {
				return "SQLite";
			}

			@Override
			public DataSource create() {
				try {
					Path directory = Files.createTempDirectory("automigrate-sqlite");
					this.directories.add(directory);
					return new DriverManagerDataSource("jdbc:sqlite:" + directory.resolve("test.db"));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public String hibernateDialect() {
				return SqliteValidationDialect.class.getName();
			}

			@Override
			public DataSource readOnly(DataSource dataSource) {
				return new DriverManagerDataSource(((DriverManagerDataSource) dataSource).getUrl() + "?open_mode=1");
			}

			@Override
			public String dropIndex(String table, String name, boolean constraint) {
				// SQLite's unique constraints added later are unique indexes.
				return "drop index " + name;
			}

			@Override
			public String booleanLiteral(boolean value) {
				// SQLite has no boolean literals before 3.23; it stores booleans as 0 and
				// 1.
				return value ? "1" : "0";
			}

			@Override
			public void dropAll() {
				this.directories.forEach((directory) -> FileSystemUtils.deleteRecursively(directory.toFile()));
			}

		};
	}

	public static TestDatabase h2() {
		return new TestDatabase() {

			@Override
			public String name() {
				return "H2";
			}

			@Override
			public DataSource create() {
				return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
			}

			@Override
			public String quote(String name) {
				return "\"" + name.toUpperCase(java.util.Locale.ROOT) + "\"";
			}

			@Override
			public void dropAll() {
				// In-memory databases go with the JVM.
			}

		};
	}

	public static TestDatabase hsqldb() {
		return new TestDatabase() {

			private final List<String> urls = new ArrayList<>();

			@Override
			public String name() {
				return "HSQLDB";
			}

			@Override
			public DataSource create() {
				String url = "jdbc:hsqldb:mem:" + UUID.randomUUID();
				this.urls.add(url);
				return new DriverManagerDataSource(url, "SA", "");
			}

			@Override
			public String quote(String name) {
				return "\"" + name.toUpperCase(java.util.Locale.ROOT) + "\"";
			}

			@Override
			public String createView(String name) {
				// HSQLDB's select needs a from clause.
				return "create view " + name + " as select 1 as id from (values (0)) as t (x)";
			}

			@Override
			public void dropAll() {
				// An in-memory HSQLDB database lives until it is shut down.
				this.urls.forEach((url) -> new org.springframework.jdbc.core.JdbcTemplate(
						new DriverManagerDataSource(url, "SA", ""))
					.execute("shutdown"));
				this.urls.clear();
			}

		};
	}

}
