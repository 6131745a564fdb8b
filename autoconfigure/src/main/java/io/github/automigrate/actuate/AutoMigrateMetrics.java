package io.github.automigrate.actuate;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.ObjectProvider;

import io.github.automigrate.autoconfigure.AutoMigrateRunListener;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;

/**
 * Records each run in Micrometer: the timer {@code automigrate.run} (tags
 * {@code outcome}, {@code database}: the dialect) and the counter
 * {@code automigrate.statements} (tag {@code status}).
 */
public class AutoMigrateMetrics implements AutoMigrateRunListener {

	/** Name of the run timer. */
	public static final String RUN_TIMER = "automigrate.run";

	/** Name of the statement counter. */
	public static final String STATEMENTS_COUNTER = "automigrate.statements";

	private final ObjectProvider<MeterRegistry> registry;

	/**
	 * Creates the listener.
	 * @param registry the registry, looked up at each run: the start-up run can come
	 * early in the refresh
	 */
	public AutoMigrateMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public void onRun(MigrationReport report) {
		MeterRegistry registry = this.registry.getIfAvailable();
		if (registry == null) {
			return;
		}
		Timer.builder(RUN_TIMER)
			.description("Duration of AutoMigrate runs")
			.tag("outcome", report.outcome().name())
			.tag("database", report.dialect())
			.register(registry)
			.record(report.durationMs(), TimeUnit.MILLISECONDS);
		Map<StatementReport.Status, Integer> byStatus = new TreeMap<>();
		report.statements().forEach((statement) -> byStatus.merge(statement.status(), 1, Integer::sum));
		byStatus.forEach((status, count) -> Counter.builder(STATEMENTS_COUNTER)
			.description("Statements planned by AutoMigrate runs, by what happened to them")
			.tag("status", status.name())
			.register(registry)
			.increment(count));
	}

}
