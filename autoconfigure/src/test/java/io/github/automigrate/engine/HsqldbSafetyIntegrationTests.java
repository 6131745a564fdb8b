package io.github.automigrate.engine;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.dialect.SchemaLock;
import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class HsqldbSafetyIntegrationTests extends AbstractSafetyIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.hsqldb();
	}

	/**
	 * Every HSQLDB database's catalog and schema are PUBLIC: the lock is keyed by the
	 * database's own name too, so an instance migrating one database does not wait for
	 * another that migrates a different one.
	 */
	@Test
	void instancesOnTwoDatabasesDoNotWaitForEachOther() throws Exception {
		DataSource other = this.database.create();
		ExecutorService holder = Executors.newSingleThreadExecutor();
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Future<?> holding = holder.submit(() -> {
			try (Connection connection = this.dataSource.getConnection()) {
				SchemaLock.Held lock = lock(connection, Duration.ofSeconds(10));
				held.countDown();
				done.await(1, TimeUnit.MINUTES);
				lock.release();
			}
			return null;
		});
		try (Connection connection = other.getConnection()) {
			assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
			lock(connection, Duration.ofSeconds(1)).release();
		}
		finally {
			done.countDown();
			holding.get(1, TimeUnit.MINUTES);
			holder.shutdown();
		}
	}

	private static SchemaLock.Held lock(Connection connection, Duration timeout) throws java.sql.SQLException {
		return DialectResolver.resolve(connection.getMetaData())
			.schemaLock()
			.acquire(connection, SchemaLock.nameOf(connection), timeout);
	}

}
