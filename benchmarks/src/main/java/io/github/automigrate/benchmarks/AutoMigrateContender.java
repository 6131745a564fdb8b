package io.github.automigrate.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.List;

import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.jdbc.AggregateSchemaSource;
import io.github.automigrate.mapping.jpa.EntityMapping;
import io.github.automigrate.mapping.jpa.MappingOptions;
import io.github.automigrate.model.ExpectedSchema;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;

/**
 * AutoMigrate's engine, as the starter runs it: read the entities' mapping (or, for a
 * Spring Data JDBC model, the aggregates through Spring Data's mapping context with its
 * defaults, the dialect asked of the database), then migrate on one connection. Keeps the
 * statements its last cold and drift runs executed, for {@link DirectJdbcContender}. Its
 * AOT variant is a start of an application processed ahead of time: the mapping was
 * computed and written at build time (here: once, before any measured run), and the
 * measured start reads it back instead of the annotations.
 */
public final class AutoMigrateContender implements Contender {

	/** The name of the AOT variant's column. */
	static final String AOT = "AutoMigrate AOT";

	private final boolean buildTimeMapping;

	private volatile List<String> lastColdSql = List.of();

	private volatile List<String> lastDriftSql = List.of();

	private EntityModel writtenFor;

	private byte[] written;

	/** The start that reads the annotations. */
	public AutoMigrateContender() {
		this(false);
	}

	/**
	 * A start that reads the annotations, or the mapping written at build time.
	 * @param buildTimeMapping whether the mapping was written at build time
	 */
	public AutoMigrateContender(boolean buildTimeMapping) {
		this.buildTimeMapping = buildTimeMapping;
	}

	@Override
	public String name() {
		return this.buildTimeMapping ? AOT : "AutoMigrate";
	}

	@Override
	public boolean runsOn(EntityModel model) {
		// The mapping written at build time is the JPA source's.
		return !this.buildTimeMapping || model.kind() == EntityModel.Kind.JPA;
	}

	@Override
	public boolean runsIn(Scenario scenario) {
		// What the build saves is reading annotations: measured where that is most of the
		// work.
		return !this.buildTimeMapping || scenario != Scenario.COLD;
	}

	/**
	 * The SQL the last run of a scenario executed, in order: cold and drift only.
	 * @param scenario the scenario
	 * @return the statements, empty when that scenario has not run yet
	 */
	public List<String> lastSql(Scenario scenario) {
		return switch (scenario) {
			case COLD -> this.lastColdSql;
			case DRIFT -> this.lastDriftSql;
			case STEADY -> List.of();
		};
	}

	@Override
	public Measurement run(Scenario scenario, EntityModel model, BenchDatabase.Scratch database, int run, Meter meter)
			throws Exception {
		try (Connection connection = database.connect()) {
			CountingDataSource dataSource = new CountingDataSource(connection);
			if (scenario != Scenario.COLD) {
				completeSchema(dataSource, model);
				if (scenario == Scenario.DRIFT) {
					Contender.drift(connection, model);
				}
			}
			MigrationReport[] report = new MigrationReport[1];
			byte[] built = this.buildTimeMapping ? writtenAtBuildTime(model) : null;
			Measurement measurement = meter.measure(dataSource, model,
					() -> report[0] = (built != null) ? migrate(dataSource, read(built)) : migrate(dataSource, model));
			List<String> applied = report[0].statements()
				.stream()
				.filter((s) -> s.status() == StatementReport.Status.APPLIED)
				.flatMap((s) -> s.sql().stream())
				.toList();
			if (scenario == Scenario.COLD) {
				this.lastColdSql = applied;
			}
			else if (scenario == Scenario.DRIFT) {
				this.lastDriftSql = applied;
			}
			return measurement;
		}
	}

	private static EntityMapping mapped(EntityModel model) {
		return EntityMapping.of(model.classes(), MappingOptions.defaults());
	}

	/**
	 * What the build writes, once per model: not measured, as a build is not part of a
	 * start.
	 */
	private byte[] writtenAtBuildTime(EntityModel model) throws IOException {
		if (this.writtenFor != model) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			mapped(model).writeTo(out, (type) -> {
			});
			this.written = out.toByteArray();
			this.writtenFor = model;
		}
		return this.written;
	}

	private static EntityMapping read(byte[] written) {
		try {
			return EntityMapping.readFrom(new ByteArrayInputStream(written));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Brings a database to the complete schema, unmeasured, as the steady and drift
	 * scenarios start.
	 * @param dataSource the data source
	 * @param model the entities or aggregates
	 */
	static void completeSchema(CountingDataSource dataSource, EntityModel model) {
		migrate(dataSource, model);
	}

	private static MigrationReport migrate(CountingDataSource dataSource, EntityModel model) {
		if (model.kind() == EntityModel.Kind.JDBC) {
			MappedSchema aggregates = AggregateSchemaSource.of(model.classes()).read(dataSource);
			return migrate(dataSource, aggregates, aggregates.entities());
		}
		return migrate(dataSource, mapped(model));
	}

	private static MigrationReport migrate(CountingDataSource dataSource, EntityMapping mapping) {
		return migrate(dataSource, mapping.expected(), mapping.entities());
	}

	private static MigrationReport migrate(CountingDataSource dataSource, ExpectedSchema expected,
			List<String> entities) {
		MigrationRequest request = MigrationRequest.of(expected, List.of("bench"), entities, false, true);
		MigrationReport report = new SchemaMigrator(dataSource).migrate(request);
		if (report.outcome() == MigrationReport.Outcome.FAILED) {
			throw new IllegalStateException("AutoMigrate failed: " + report.error());
		}
		return report;
	}

}
