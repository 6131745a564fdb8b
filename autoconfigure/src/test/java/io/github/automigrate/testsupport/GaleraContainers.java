package io.github.automigrate.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A three-node MariaDB Galera cluster in Docker, for when no
 * {@code AUTOMIGRATE_TEST_GALERA_URLS} is set: three containers of the official
 * {@code mariadb} image (which has the galera-4 provider and mariabackup) on one network,
 * started once per JVM and removed by Testcontainers' reaper when the JVM ends.
 */
final class GaleraContainers {

	static final String USER = "root";

	static final String PASSWORD = "automigrate";

	private static final DockerImageName IMAGE = DockerImageName.parse("mariadb:10.11");

	private static final int NODES = 3;

	private static List<String> urls;

	private GaleraContainers() {
	}

	/** The nodes' JDBC URLs (no database), the cluster started on the first call. */
	static synchronized List<String> urls() {
		if (urls == null) {
			urls = start();
		}
		return urls;
	}

	private static List<String> start() {
		Network network = Network.newNetwork();
		List<String> nodeUrls = new ArrayList<>();
		for (int n = 1; n <= NODES; n++) {
			// Node 1 bootstraps the cluster; the others join through it (it tells them
			// the other members). Each is started only once the one before accepts
			// connections, so a joiner always finds a donor.
			GenericContainer<?> node = node(network, "node" + n,
					(n == 1) ? List.of("--wsrep-new-cluster", "--wsrep-cluster-address=gcomm://")
							: List.of("--wsrep-cluster-address=gcomm://node1"));
			node.start();
			nodeUrls.add("jdbc:mariadb://" + node.getHost() + ":" + node.getMappedPort(3306) + "/");
		}
		awaitClusterSize(nodeUrls.get(0));
		return List.copyOf(nodeUrls);
	}

	private static GenericContainer<?> node(Network network, String alias, List<String> clusterOptions) {
		List<String> command = new ArrayList<>(List.of("--wsrep-on=ON",
				"--wsrep-provider=/usr/lib/galera/libgalera_smm.so", "--wsrep-cluster-name=automigrate",
				"--wsrep-node-name=" + alias, "--binlog-format=ROW", "--default-storage-engine=InnoDB",
				"--innodb-autoinc-lock-mode=2", "--innodb-buffer-pool-size=64M",
				// The image has mariabackup but not rsync; mariabackup logs in to the
				// donor as this user.
				"--wsrep-sst-method=mariabackup", "--wsrep-sst-auth=" + USER + ":" + PASSWORD));
		command.addAll(clusterOptions);
		return new GenericContainer<>(IMAGE).withNetwork(network)
			.withNetworkAliases(alias)
			.withEnv("MARIADB_ROOT_PASSWORD", PASSWORD)
			.withEnv("MARIADB_INITDB_SKIP_TZINFO", "1")
			.withExposedPorts(3306)
			.withCommand(command.toArray(String[]::new))
			// The image's set-up runs a server without networking first (port 0); this
			// line is the real server's, written after a joiner has received the
			// cluster's state.
			.waitingFor(Wait.forLogMessage(".*socket: .*port: 3306.*", 1).withStartupTimeout(Duration.ofMinutes(5)));
	}

	/**
	 * Waits until the first node sees all three (joiners report ready once synced, so
	 * this is normally at once).
	 */
	private static void awaitClusterSize(String url) {
		String size = null;
		for (int attempt = 0; attempt < 60; attempt++) {
			try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("show status like 'wsrep_cluster_size'")) {
				size = result.next() ? result.getString(2) : null;
				if (String.valueOf(NODES).equals(size)) {
					return;
				}
				Thread.sleep(1000);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The Galera container at " + url + " is unreachable", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted waiting for the Galera containers", ex);
			}
		}
		throw new IllegalStateException("The Galera containers formed a cluster of " + size + ", not " + NODES);
	}

}
