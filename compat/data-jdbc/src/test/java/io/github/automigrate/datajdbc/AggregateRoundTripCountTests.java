package io.github.automigrate.datajdbc;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.jdbc.AggregateSchemaSource;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Comparison;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.testsupport.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A steady start of a Spring Data JDBC model reads the schema in bulk, or only its
 * fingerprint: as many metadata round trips (catalog calls and queries) for 100
 * aggregates (200 tables) as for 10, the reading of the aggregates through Spring Data's
 * mapping context included (counts, not times).
 */
class AggregateRoundTripCountTests {

	@ParameterizedTest
	@EnumSource(Databases.class)
	void steadyStartRoundTripsDoNotGrowWithTheNumberOfAggregates(Databases kind) {
		for (boolean comparingInFull : new boolean[] { false, true }) {
			long[] few = steadyStartRoundTrips(kind, 10, comparingInFull);
			long[] many = steadyStartRoundTrips(kind, 100, comparingInFull);
			assertThat(few[0] + few[1]).isPositive();
			assertThat(many)
				.as("%s: metadata calls and statements at N = 100 (N = 10: %s + %s)",
						comparingInFull ? "full comparison" : "fingerprint", few[0], few[1])
				.containsExactly(few);
		}
	}

	/**
	 * Creates the schema, then counts the round trips of a start that finds nothing to
	 * do: reading the aggregates, then migrating.
	 */
	private static long[] steadyStartRoundTrips(Databases kind, int size, boolean comparingInFull) {
		Databases.Database database = kind.create();
		try {
			CountingDataSource dataSource = new CountingDataSource(database.dataSource());
			List<Class<?>> roots = GeneratedAggregates.of(size);
			MigrationReport first = migrate(dataSource, roots, false);
			assertThat(first.outcome()).as(first.toString()).isEqualTo(Outcome.APPLIED);
			assertThat(first.executedCount()).as(first.toString()).isGreaterThanOrEqualTo(2L * size);
			dataSource.reset();
			MigrationReport steady = migrate(dataSource, roots, comparingInFull);
			assertThat(steady.outcome()).as(steady.toString()).isEqualTo(Outcome.UP_TO_DATE);
			boolean noFingerprint = Set.of(Databases.H2).contains(kind);
			assertThat(steady.comparison())
				.isEqualTo((comparingInFull || noFingerprint) ? Comparison.FULL : Comparison.FINGERPRINT);
			return new long[] { dataSource.metadataCalls(), dataSource.statementExecutions() };
		}
		finally {
			database.drop().run();
		}
	}

	private static MigrationReport migrate(DataSource dataSource, List<Class<?>> roots, boolean comparingInFull) {
		MappedSchema mapped = AggregateSchemaSource.of(roots).read(dataSource);
		MigrationRequest request = MigrationRequest.builder()
			.failOnError(true)
			.skipWhenUnchanged(!comparingInFull)
			.build(mapped, List.of("generated"), mapped.entities());
		return new SchemaMigrator(dataSource).migrate(request);
	}

}
