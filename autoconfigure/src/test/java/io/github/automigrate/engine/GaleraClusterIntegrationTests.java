package io.github.automigrate.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.github.automigrate.report.DriftReport;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.report.StatementReport.Status;
import io.github.automigrate.testsupport.GaleraCluster;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.RowCounts;
import io.github.automigrate.testsupport.ShopModel;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instances on the three nodes of a MariaDB Galera cluster, started together:
 * {@code GET_LOCK} holds on one node only, so they must serialise through the
 * cluster-wide lease row.
 */
class GaleraClusterIntegrationTests extends AbstractDatabaseTests {

	private static final int INSTANCES = 6;

	private static final int ROUNDS = 5;

	@Override
	TestDatabase database() {
		return new GaleraCluster();
	}

	private GaleraCluster cluster() {
		return (GaleraCluster) this.database;
	}

	@Test
	void sixInstancesOnThreeNodesBuildOneSchemaRoundAfterRound() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			List<DataSource> nodes = (round == 0) ? cluster().nodes() : freshDatabase();
			startTogether(nodes, ShopModel.CLASSES);
			assertCompleteOnEveryNode(nodes, ShopModel.CLASSES);
		}
	}

	@Test
	void sixInstancesOnThreeNodesChangeASchemaHoldingRowsRoundAfterRound() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			List<DataSource> nodes = (round == 0) ? cluster().nodes() : freshDatabase();
			assertThat(Migrations.migrate(nodes.get(0), ShopModel.CLASSES).outcome()).isEqualTo(Outcome.APPLIED);
			new org.springframework.jdbc.core.JdbcTemplate(nodes.get(0)).update("insert into customers"
					+ " (id, full_name, email, created_at, version) values (1, 'Ada', 'ada@example.com', now(), 0),"
					+ " (2, 'Grace', null, now(), 0)");
			Map<String, List<Map<String, String>>> before = RowCounts.of(nodes.get(0), this.database::quote);
			startTogether(nodes, AbstractAutoMigrateIntegrationTests.SHOP_V2);
			assertCompleteOnEveryNode(nodes, AbstractAutoMigrateIntegrationTests.SHOP_V2);
			for (DataSource node : nodes.stream().map(cluster()::causal).toList()) {
				RowCounts.assertKept(Map.of("customers", before.get("customers")),
						RowCounts.of(node, this.database::quote));
			}
		}
	}

	private List<DataSource> freshDatabase() {
		this.database.create();
		return cluster().nodes();
	}

	/**
	 * Starts the instances at once, two per node, each on its own data source; every
	 * start must succeed.
	 */
	private static void startTogether(List<DataSource> nodes, List<Class<?>> entities) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
		try {
			List<Future<MigrationReport>> reports = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				DataSource node = nodes.get(i % nodes.size());
				reports.add(threads.submit(() -> {
					start.await();
					return Migrations.migrate(node, entities);
				}));
			}
			start.countDown();
			List<MigrationReport> done = new ArrayList<>();
			for (Future<MigrationReport> report : reports) {
				done.add(report.get(3, TimeUnit.MINUTES));
			}
			assertThat(done).allSatisfy((report) -> {
				assertThat(report.outcome()).isIn(Outcome.APPLIED, Outcome.UP_TO_DATE);
				assertThat(report.statements()).extracting(StatementReport::status).doesNotContain(Status.FAILED);
				assertThat(report.drift()).extracting(DriftReport::object)
					.as("the lock's own table is no drift")
					.noneMatch((object) -> object.contains("automigrate_lock"));
				assertThat(report.warnings()).as("no race lost under the lock")
					.noneMatch((warning) -> warning.startsWith("Another instance changed the schema"));
			});
			assertThat(done).filteredOn((report) -> report.outcome() == Outcome.APPLIED).hasSize(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private void assertCompleteOnEveryNode(List<DataSource> nodes, List<Class<?>> entities) {
		for (DataSource node : nodes.stream().map(cluster()::causal).toList()) {
			assertThat(Migrations.migrateComparingInFull(node, entities).statements()).isEmpty();
			HibernateSchemaTool.validate(this.database, node, entities);
		}
	}

}
