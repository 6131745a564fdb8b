package io.github.automigrate.engine;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Comparison;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.testsupport.CountingDataSource;
import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.GeneratedEntities;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steady state reads the schema in bulk, or only its fingerprint: as many metadata
 * round trips (catalog calls and queries) for 100 entities as for 10 (counts, not times).
 */
class RoundTripCountTests {

	static Stream<TestDatabase> databases() {
		return Stream.of(EmbeddedDatabases.h2(), EmbeddedDatabases.hsqldb(), ServerDatabases.mariadb(),
				ServerDatabases.postgresql());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void steadyStateRoundTripsDoNotGrowWithTheNumberOfEntities(TestDatabase database) {
		assertSameRoundTrips(database, 10, 100);
	}

	/**
	 * SQLite past 500 columns in all (100 entities of 12 columns): its columns are read
	 * with one catalog query, not the driver's {@code getColumns}, whose compound select
	 * SQLite refuses past 500 terms.
	 */
	@Test
	void sqliteSteadyStateRoundTripsDoNotGrowWithTheNumberOfEntities() {
		assertSameRoundTrips(EmbeddedDatabases.sqlite(), 10, 100);
	}

	/**
	 * Both ways a steady start can go: matching the fingerprint, and comparing in full.
	 */
	private static void assertSameRoundTrips(TestDatabase database, int small, int large) {
		try {
			for (boolean comparingInFull : new boolean[] { false, true }) {
				long[] few = steadyStateRoundTrips(database, GeneratedEntities.of(small), comparingInFull);
				long[] many = steadyStateRoundTrips(database, GeneratedEntities.of(large), comparingInFull);
				assertThat(few[0] + few[1]).isPositive();
				assertThat(many)
					.as("%s: metadata calls and statements at N = %s (N = %s: %s + %s)",
							comparingInFull ? "full comparison" : "fingerprint", large, small, few[0], few[1])
					.containsExactly(few);
			}
		}
		finally {
			database.dropAll();
		}
	}

	/**
	 * Creates the schema, then counts the round trips of a run that finds nothing to do.
	 */
	private static long[] steadyStateRoundTrips(TestDatabase database, List<Class<?>> entities,
			boolean comparingInFull) {
		CountingDataSource dataSource = new CountingDataSource(database.create());
		assertThat(Migrations.migrate(dataSource, entities).outcome()).isEqualTo(Outcome.APPLIED);
		dataSource.reset();
		MigrationReport steady = comparingInFull ? Migrations.migrateComparingInFull(dataSource, entities)
				: Migrations.migrate(dataSource, entities);
		assertThat(steady.outcome()).isEqualTo(Outcome.UP_TO_DATE);
		boolean noFingerprint = java.util.Set.of("H2", "HSQLDB").contains(database.name());
		assertThat(steady.comparison())
			.isEqualTo((comparingInFull || noFingerprint) ? Comparison.FULL : Comparison.FINGERPRINT);
		return new long[] { dataSource.metadataCalls(), dataSource.statementExecutions() };
	}

}
