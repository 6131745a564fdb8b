package io.github.automigrate.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * MariaDB and PostgreSQL servers, each test on a fresh database of its own
 * ({@code am_<random>}) that {@link TestDatabase#dropAll()} drops again. The server is
 * the one an environment variable names ({@code AUTOMIGRATE_TEST_MARIADB_URL},
 * {@code AUTOMIGRATE_TEST_POSTGRES_URL}, with {@code _USER} and {@code _PASSWORD}); else
 * a Testcontainers container when Docker is available; else the test is skipped, with the
 * reason. On CI ({@code CI=true}) a missing or unreachable server fails the test instead:
 * a skipped suite there would look like a passing one.
 */
public final class ServerDatabases {

	/**
	 * One admin target per server kind, found once per JVM (a container is started at
	 * most once).
	 */
	private static final Map<String, Target> TARGETS = new ConcurrentHashMap<>();

	private ServerDatabases() {
	}

	public static TestDatabase mariadb() {
		return new ServerDatabase(new Server("MariaDB", "MARIADB", "root", "`", false,
				() -> new MariaDBContainer("mariadb:10.11").withUsername("root")));
	}

	public static TestDatabase postgresql() {
		return new ServerDatabase(new Server("PostgreSQL", "POSTGRES", "postgres", "\"", true,
				() -> new PostgreSQLContainer("postgres:15")));
	}

	/**
	 * What tells one server kind from another.
	 *
	 * @param name the name, for test output
	 * @param envName the middle of its environment variables' names
	 * @param defaultUser the admin user when none is configured
	 * @param quote the identifier quote
	 * @param foldsToLower whether unquoted names fold to lower case (else they keep their
	 * case)
	 * @param container a container of the server, for when none is configured
	 */
	private record Server(String name, String envName, String defaultUser, String quote, boolean foldsToLower,
			Supplier<JdbcDatabaseContainer<?>> container) {

		/**
		 * PostgreSQL cannot drop a database another session is still connected to, unless
		 * forced.
		 */
		String dropDatabase(String database) {
			return "drop database if exists " + database + (this.foldsToLower ? " with (force)" : "");
		}

	}

	/**
	 * Where to reach a server with a user allowed to create databases, or why it cannot
	 * be reached.
	 *
	 * @param url the server's JDBC URL, naming no database or the admin one
	 * @param user the user
	 * @param password the password
	 * @param problem why there is no server, or {@code null} when there is one
	 */
	private record Target(String url, String user, String password, @Nullable String problem) {

		static Target unavailable(String problem) {
			return new Target("", "", "", problem);
		}

		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

		/**
		 * The URL of one database on the server: the URL's database (if any) replaced,
		 * its parameters kept.
		 */
		String urlOf(String database) {
			int authority = this.url.indexOf("//");
			int path = this.url.indexOf('/', authority + 2);
			int query = this.url.indexOf('?', authority + 2);
			String server = (path >= 0 && (query < 0 || path < query)) ? this.url.substring(0, path)
					: this.url.substring(0, (query >= 0) ? query : this.url.length());
			return server + "/" + database + ((query >= 0) ? this.url.substring(query) : "");
		}

	}

	private static final class ServerDatabase implements TestDatabase {

		private final Server server;

		private final List<String> created = new ArrayList<>();

		private final List<String> users = new ArrayList<>();

		ServerDatabase(Server server) {
			this.server = server;
		}

		@Override
		public String name() {
			return this.server.name();
		}

		@Override
		public DataSource create() {
			Target target = TARGETS.computeIfAbsent(this.server.name(), (name) -> findTarget(this.server));
			if (target.problem() != null) {
				unavailable(target.problem());
			}
			String database = "am_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
			execute(target, "create database " + database);
			this.created.add(database);
			return new DriverManagerDataSource(target.urlOf(database), target.user(), target.password());
		}

		@Override
		public DataSource restricted(DataSource dataSource) {
			Target target = TARGETS.get(this.server.name());
			String database = databaseOf(dataSource);
			String user = "am_ro_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			if (this.server.foldsToLower()) {
				// PostgreSQL 15 lets no one but the owner create in the public schema.
				execute(target, "create role " + user + " login");
				execute(target, "grant connect on database " + database + " to " + user);
				this.users.add("drop role " + user);
			}
			else {
				execute(target, "create user '" + user + "'@'%'");
				execute(target, "grant select on " + database + ".* to '" + user + "'@'%'");
				this.users.add("drop user '" + user + "'@'%'");
			}
			return new DriverManagerDataSource(target.urlOf(database), user, "");
		}

		@Override
		public @Nullable DataSource readOnly(DataSource dataSource) {
			if (!this.server.foldsToLower()) {
				// MariaDB's read-only mode is server-wide; a user without rights
				// (restricted) is the test there.
				return null;
			}
			Target target = TARGETS.get(this.server.name());
			String database = databaseOf(dataSource);
			execute(target, "alter database " + database + " set default_transaction_read_only = on");
			return new DriverManagerDataSource(target.urlOf(database), target.user(), target.password());
		}

		@Override
		public boolean sharedBetweenProcesses() {
			return true;
		}

		@Override
		public boolean isApplying(DataSource dataSource) {
			if (!this.server.foldsToLower()) {
				return TestDatabase.super.isApplying(dataSource);
			}
			// PostgreSQL applies the plan in one transaction: its tables stay invisible
			// until it commits.
			Integer running = new org.springframework.jdbc.core.JdbcTemplate(dataSource)
				.queryForObject(
						"select count(*) from pg_stat_activity where datname = current_database()"
								+ " and pid <> pg_backend_pid() and query like 'create table generated%'",
						Integer.class);
			return running != null && running > 0;
		}

		private static String databaseOf(DataSource dataSource) {
			String url = ((DriverManagerDataSource) dataSource).getUrl();
			int query = url.indexOf('?');
			String path = (query >= 0) ? url.substring(0, query) : url;
			return path.substring(path.lastIndexOf('/') + 1);
		}

		@Override
		public String dropIndex(String table, String name, boolean constraint) {
			// MySQL names the table of an index to drop, and drops a unique constraint as
			// an index.
			return "`".equals(this.server.quote()) ? "alter table " + table + " drop index " + name
					: TestDatabase.super.dropIndex(table, name, constraint);
		}

		@Override
		public String dropForeignKey(String table, String name) {
			return "`".equals(this.server.quote()) ? "alter table " + table + " drop foreign key " + name
					: TestDatabase.super.dropForeignKey(table, name);
		}

		@Override
		public String changeNotNullColumnType(String table, String column, String type) {
			// MySQL's modify restates the whole column, nullability included.
			return "`".equals(this.server.quote())
					? "alter table " + table + " modify " + column + " " + type + " not null"
					: TestDatabase.super.changeNotNullColumnType(table, column, type);
		}

		@Override
		public String quote(String name) {
			String folded = this.server.foldsToLower() ? name.toLowerCase(Locale.ROOT) : name;
			return this.server.quote() + folded + this.server.quote();
		}

		@Override
		public void createSchema(DataSource dataSource, String name) {
			if (this.server.foldsToLower()) {
				TestDatabase.super.createSchema(dataSource, name);
			}
			else {
				// A MySQL schema is a database of its own, beside the test's: drop it
				// with the test's.
				execute(TARGETS.get(this.server.name()), "create database " + name);
				this.created.add(name);
			}
		}

		@Override
		public void dropAll() {
			Target target = TARGETS.get(this.server.name());
			if (target != null && target.problem() == null) {
				this.created.forEach((database) -> execute(target, this.server.dropDatabase(database)));
				this.users.forEach((statement) -> execute(target, statement));
			}
			this.created.clear();
			this.users.clear();
		}

		private static void execute(Target target, String sql) {
			try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not run '" + sql + "' on " + target.url(), ex);
			}
		}

	}

	private static Target findTarget(Server server) {
		String prefix = "AUTOMIGRATE_TEST_" + server.envName() + "_";
		String url = System.getenv(prefix + "URL");
		if (url != null && !url.isBlank()) {
			Target target = new Target(url, env(prefix + "USER", server.defaultUser()), env(prefix + "PASSWORD", ""),
					null);
			try (Connection connection = target.connect()) {
				return target;
			}
			catch (SQLException ex) {
				return Target.unavailable(
						server.name() + " at " + url + " (" + prefix + "URL) is unreachable: " + ex.getMessage());
			}
		}
		if (!isDockerAvailable()) {
			return Target.unavailable("No " + server.name() + " server: set " + prefix
					+ "URL (and _USER, _PASSWORD), or make Docker available for Testcontainers");
		}
		JdbcDatabaseContainer<?> container = server.container().get();
		container.start();
		return new Target(container.getJdbcUrl(), container.getUsername(), container.getPassword(), null);
	}

	static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	/** Skips the test, or on CI fails it. */
	private static void unavailable(String problem) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(problem + " (CI=true: a server test may not be skipped)");
		}
		Assumptions.abort(problem);
	}

}
