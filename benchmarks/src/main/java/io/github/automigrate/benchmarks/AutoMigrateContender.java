package io.github.automigrate.benchmarks;

import java.sql.Connection;
import java.util.List;

import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.mapping.EntityMappingReader;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;

/**
 * AutoMigrate's engine, as the starter runs it: read the entities' mapping, then migrate on one connection. Keeps
 * the statements its last cold run executed, for {@link DirectJdbcContender}.
 */
public final class AutoMigrateContender implements Contender {

	private volatile List<String> lastColdSql = List.of();

	@Override
	public String name() {
		return "AutoMigrate";
	}

	/** The SQL the last cold run executed, in order. */
	public List<String> lastColdSql() {
		return this.lastColdSql;
	}

	@Override
	public Measurement run(Scenario scenario, EntityModel model, BenchDatabase.Scratch database, int run, Meter meter)
			throws Exception {
		try (Connection connection = database.connect()) {
			CountingDataSource dataSource = new CountingDataSource(connection);
			if (scenario != Scenario.COLD) {
				migrate(dataSource, model);
				if (scenario == Scenario.DRIFT) {
					Contender.drift(connection, model);
				}
			}
			MigrationReport[] report = new MigrationReport[1];
			Measurement measurement = meter.measure(dataSource, model, () -> report[0] = migrate(dataSource, model));
			if (scenario == Scenario.COLD) {
				this.lastColdSql = report[0].statements().stream().filter((s) -> s.status() == StatementReport.Status.APPLIED)
					.flatMap((s) -> s.sql().stream()).toList();
			}
			return measurement;
		}
	}

	private static MigrationReport migrate(CountingDataSource dataSource, EntityModel model) {
		List<Class<?>> entities = model.classes();
		MigrationRequest request = MigrationRequest.of(new EntityMappingReader().read(entities), List.of("bench"),
				entities.stream().map(Class::getName).toList(), false, true);
		MigrationReport report = new SchemaMigrator(dataSource).migrate(request);
		if (report.outcome() == MigrationReport.Outcome.FAILED) {
			throw new IllegalStateException("AutoMigrate failed: " + report.error());
		}
		return report;
	}

}
