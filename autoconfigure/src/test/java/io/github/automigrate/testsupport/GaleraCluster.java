package io.github.automigrate.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The nodes of a MariaDB Galera cluster, from {@code AUTOMIGRATE_TEST_GALERA_URLS} (the
 * nodes' JDBC URLs, comma separated, as {@code .ci/start-galera.sh} prints them;
 * {@code AUTOMIGRATE_TEST_GALERA_USER} and {@code _PASSWORD}). Without the variable, and
 * where Docker is available, three containers of the {@code mariadb} image form the
 * cluster ({@link GaleraContainers}, started once per JVM); that path is not exercised on
 * the machine these tests were written on (no Docker engine). With neither, the test is
 * skipped; on CI ({@code CI=true}) it fails. Each {@link #create()} makes a fresh
 * database, reachable on every node.
 */
public final class GaleraCluster implements TestDatabase {

	private final List<String> urls;

	private final String user;

	private final String password;

	private final List<String> created = new ArrayList<>();

	private List<DataSource> nodes = List.of();

	public GaleraCluster() {
		String urls = System.getenv("AUTOMIGRATE_TEST_GALERA_URLS");
		if (urls != null && !urls.isBlank()) {
			this.urls = Arrays.stream(urls.split(",")).map(String::trim).toList();
			this.user = env("AUTOMIGRATE_TEST_GALERA_USER", "root");
			this.password = env("AUTOMIGRATE_TEST_GALERA_PASSWORD", "");
		}
		else if (ServerDatabases.isDockerAvailable()) {
			this.urls = GaleraContainers.urls();
			this.user = GaleraContainers.USER;
			this.password = GaleraContainers.PASSWORD;
		}
		else {
			unavailable("No Galera cluster: set AUTOMIGRATE_TEST_GALERA_URLS (.ci/start-galera.sh prints it),"
					+ " or make Docker available for Testcontainers");
			throw new IllegalStateException("unreachable: unavailable() skips or fails the test");
		}
		for (String url : this.urls) {
			try (Connection connection = DriverManager.getConnection(url, this.user, this.password)) {
				String size = new JdbcTemplate(
						new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true))
					.queryForObject("select variable_value from information_schema.global_status"
							+ " where variable_name = 'WSREP_CLUSTER_SIZE'", String.class);
				if (!String.valueOf(this.urls.size()).equals(size)) {
					unavailable(
							"The Galera node at " + url + " is in a cluster of " + size + ", not " + this.urls.size());
				}
			}
			catch (SQLException ex) {
				unavailable("The Galera node at " + url + " is unreachable: " + ex.getMessage());
			}
		}
	}

	@Override
	public String name() {
		return "MariaDB Galera";
	}

	/**
	 * Creates a fresh database on the cluster and waits until every node has it.
	 * @return a data source on the first node
	 */
	@Override
	public DataSource create() {
		String database = "am_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		execute(this.urls.get(0), "create database " + database);
		this.created.add(database);
		List<DataSource> nodes = new ArrayList<>();
		for (String url : this.urls) {
			// Causal reads: a node answers only once it has applied what the cluster
			// committed before.
			execute(url, "set session wsrep_sync_wait = 15", "select count(*) from information_schema.schemata",
					"use " + database);
			nodes.add(new DriverManagerDataSource(url.replaceAll("/$", "") + "/" + database, this.user, this.password));
		}
		this.nodes = List.copyOf(nodes);
		return this.nodes.get(0);
	}

	/** The data sources of the last database {@link #create()} made, one per node. */
	public List<DataSource> nodes() {
		return this.nodes;
	}

	/**
	 * The same node, for a test's own checks: its reads wait until the node has applied
	 * all the cluster committed.
	 * @param node a data source of {@link #nodes()}
	 * @return a data source on the same node with causal reads
	 */
	public DataSource causal(DataSource node) {
		return new DriverManagerDataSource(
				((DriverManagerDataSource) node).getUrl() + "?sessionVariables=wsrep_sync_wait=15", this.user,
				this.password);
	}

	@Override
	public String quote(String name) {
		return "`" + name + "`";
	}

	@Override
	public boolean sharedBetweenProcesses() {
		return true;
	}

	@Override
	public void dropAll() {
		this.created.forEach((database) -> execute(this.urls.get(0), "drop database if exists " + database));
		this.created.clear();
	}

	private void execute(String url, String... statements) {
		try (Connection connection = DriverManager.getConnection(url, this.user, this.password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + Arrays.toString(statements) + " on " + url, ex);
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
