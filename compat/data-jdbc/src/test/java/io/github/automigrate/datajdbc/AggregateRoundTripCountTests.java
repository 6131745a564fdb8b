package io.github.automigrate.datajdbc;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.datajdbc.sqlite.SqliteDialect;
import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.SchemaSource;
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
 * mapping context included (counts, not times). On SQLite, for which Spring Data ships no
 * dialect, with a {@code JdbcDialect} bean of the application's, as an application there
 * declares one.
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

	@Test
	void sqliteSteadyStartRoundTripsDoNotGrowWithTheNumberOfAggregates(@TempDir Path directory) {
		for (boolean comparingInFull : new boolean[] { false, true }) {
			long[] few = sqliteSteadyStartRoundTrips(directory.resolve("few-" + comparingInFull + ".db"), 10,
					comparingInFull);
			long[] many = sqliteSteadyStartRoundTrips(directory.resolve("many-" + comparingInFull + ".db"), 100,
					comparingInFull);
			assertThat(few[0] + few[1]).isPositive();
			assertThat(many)
				.as("%s: metadata calls and statements at N = 100 (N = 10: %s + %s)",
						comparingInFull ? "full comparison" : "fingerprint", few[0], few[1])
				.containsExactly(few);
		}
	}

	/**
	 * As {@link #steadyStartRoundTrips}, the aggregates found as an application's are (by
	 * scanning their package), and named with the application's SQLite dialect.
	 */
	private static long[] sqliteSteadyStartRoundTrips(Path file, int size, boolean comparingInFull) {
		List<Class<?>> roots = GeneratedAggregates.of(size);
		try (GenericApplicationContext application = new GenericApplicationContext()) {
			application.setClassLoader(roots.get(0).getClassLoader());
			application.registerBean(JdbcDialect.class, () -> SqliteDialect.INSTANCE);
			application.refresh();
			SchemaSource source = new AggregateSchemaSource(application, List.of(roots.get(0).getPackageName()));
			CountingDataSource dataSource = new CountingDataSource(new DriverManagerDataSource("jdbc:sqlite:" + file));
			MigrationReport first = migrate(dataSource, source, false);
			assertThat(first.outcome()).as(first.toString()).isEqualTo(Outcome.APPLIED);
			assertThat(first.entities()).hasSize(2 * size);
			dataSource.reset();
			MigrationReport steady = migrate(dataSource, source, comparingInFull);
			assertThat(steady.outcome()).as(steady.toString()).isEqualTo(Outcome.UP_TO_DATE);
			assertThat(steady.comparison()).isEqualTo(comparingInFull ? Comparison.FULL : Comparison.FINGERPRINT);
			return new long[] { dataSource.metadataCalls(), dataSource.statementExecutions() };
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
		return migrate(dataSource, AggregateSchemaSource.of(roots), comparingInFull);
	}

	private static MigrationReport migrate(DataSource dataSource, SchemaSource source, boolean comparingInFull) {
		MappedSchema mapped = source.read(dataSource);
		MigrationRequest request = MigrationRequest.builder()
			.failOnError(true)
			.skipWhenUnchanged(!comparingInFull)
			.build(mapped, List.of("generated"), mapped.entities());
		return new SchemaMigrator(dataSource).migrate(request);
	}

}
