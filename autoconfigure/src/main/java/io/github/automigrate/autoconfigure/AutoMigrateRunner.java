package io.github.automigrate.autoconfigure;

import java.sql.Connection;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.Assert;

import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.SchemaSource;
import io.github.automigrate.mapping.SchemaSources;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.ReportLogger;

/**
 * Migrates the schema when the application starts, before the application's own runners:
 * read the expected schema from every {@link SchemaSource} (the JPA entities, say) and
 * merge it, build the run's request from the one the auto-configuration mapped, and let
 * the {@link AutoMigrateMigrationStrategy} (by default the {@link SchemaMigrator}) do the
 * database side. Each report goes to the log, the {@link AutoMigrateReports} and the
 * {@link AutoMigrateRunListener listeners}. When something needs the schema earlier (JPA,
 * SQL initialization, {@code @DependsOnDatabaseInitialization} beans),
 * {@link AutoMigrateInitializer} runs the start-up migration during the refresh instead,
 * and this runner does not migrate again. An application whose sources found nothing is
 * not migrated.
 */
public class AutoMigrateRunner implements ApplicationRunner, Ordered {

	private static final Log logger = LogFactory.getLog(AutoMigrateRunner.class);

	private final ApplicationContext context;

	private final SchemaMigrator migrator;

	private final AutoMigrateProperties properties;

	private final MigrationRequest.Builder request;

	private final AutoMigrateMigrationStrategy strategy;

	private final AutoMigrateReports reports;

	private final ObjectProvider<AutoMigrateRunListener> listeners;

	private final ReportLogger reportLogger = new ReportLogger();

	private boolean startupRunDone;

	private boolean nothingToMigrate;

	/**
	 * Creates a runner.
	 * @param context the application context
	 * @param migrator the migrator
	 * @param properties the properties
	 * @param request the request every run builds its own from, properties mapped and
	 * customizers applied
	 * @param strategy what a run calls: by default {@code migrator.migrate(request)}
	 * @param reports where the last report is kept
	 * @param listeners the listeners told about each run
	 */
	public AutoMigrateRunner(ApplicationContext context, SchemaMigrator migrator, AutoMigrateProperties properties,
			MigrationRequest.Builder request, AutoMigrateMigrationStrategy strategy, AutoMigrateReports reports,
			ObjectProvider<AutoMigrateRunListener> listeners) {
		this.context = context;
		this.migrator = migrator;
		this.properties = properties;
		this.request = request;
		this.strategy = strategy;
		this.reports = reports;
		this.listeners = listeners;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		migrateOnStartup();
	}

	/**
	 * Runs the start-up migration unless it already ran: the initializer and the runner
	 * share it, so a start migrates exactly once whichever comes first.
	 * @return the report of the start-up run, or {@code null} when no schema source found
	 * anything to migrate
	 */
	public synchronized @Nullable MigrationReport migrateOnStartup() {
		Optional<MigrationReport> report = this.reports.getLastReport();
		if (this.startupRunDone && (report.isPresent() || this.nothingToMigrate)) {
			return report.orElse(null);
		}
		// The initializer's run is the start's run: the runner then reports it instead of
		// migrating again.
		this.startupRunDone = true;
		warnIfHibernateWritesTheSchemaToo();
		return migrate();
	}

	/**
	 * Runs AutoMigrate once.
	 * @return the report of the run, or {@code null} when no schema source found anything
	 * to migrate (no run)
	 */
	public @Nullable MigrationReport migrate() {
		StartupStep step = applicationStartup().start("automigrate.migrate");
		String outcome = MigrationReport.Outcome.FAILED.name();
		try {
			MigrationReport report = doMigrate();
			outcome = (report != null) ? report.outcome().name() : "NOTHING_TO_MIGRATE";
			return report;
		}
		finally {
			step.tag("outcome", outcome);
			step.end();
		}
	}

	private void warnIfHibernateWritesTheSchemaToo() {
		String warning = OtherSchemaTools.hibernateDdlWarning(this.context.getEnvironment(),
				this.properties.isDryRun());
		if (warning != null) {
			logger.warn(warning);
		}
	}

	private ApplicationStartup applicationStartup() {
		return (this.context instanceof ConfigurableApplicationContext configurable)
				? configurable.getApplicationStartup() : ApplicationStartup.DEFAULT;
	}

	private @Nullable MigrationReport doMigrate() {
		MigrationRequest request = requestForThisRun();
		if (request == null) {
			return null;
		}
		MigrationReport report = null;
		try {
			report = this.strategy.migrate(this.migrator, request);
		}
		catch (MigrationFailedException ex) {
			report = ex.getReport();
			throw ex;
		}
		finally {
			// Only this run's report: a run that ended without one must not publish the
			// previous run again.
			if (report != null) {
				published(report);
			}
		}
		return report;
	}

	/**
	 * The request of this run: the schema every source expects, read for the DataSource
	 * being migrated and merged, with what the auto-configuration mapped; {@code null},
	 * said once at INFO, when no source found anything (an application without entities,
	 * or without the JPA API): then nothing runs, and no history table is made.
	 */
	private @Nullable MigrationRequest requestForThisRun() {
		SchemaSources sources = new SchemaSources(
				this.context.getBeanProvider(SchemaSource.class).orderedStream().toList(),
				this::namesAsTheDatabaseTellsThemApart);
		MappedSchema expected = sources.read(this.migrator.getDataSource());
		this.nothingToMigrate = expected.isEmpty();
		if (this.nothingToMigrate) {
			logger.info("AutoMigrate: no schema source found anything to migrate (sources asked: " + sources.names()
					+ "); the schema is left alone");
			return null;
		}
		return this.request.build(expected, sources.packages(), expected.entities());
	}

	/**
	 * How the database being migrated tells names apart, for merging sources: asked only
	 * when two sources found something.
	 */
	private Function<Identifier, String> namesAsTheDatabaseTellsThemApart() {
		Dialect dialect = new JdbcTemplate(this.migrator.getDataSource())
			.execute((Connection connection) -> DialectResolver.resolve(connection.getMetaData()));
		Assert.state(dialect != null, "No dialect");
		return dialect::nameKey;
	}

	private void published(MigrationReport report) {
		this.reports.add(report);
		this.reportLogger.log(report);
		this.listeners.orderedStream().forEach((listener) -> listener.onRun(report));
	}

	/**
	 * The report of the last run.
	 * @return the report, empty before the first run
	 * @see AutoMigrateReports
	 */
	public Optional<MigrationReport> getLastReport() {
		return this.reports.getLastReport();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
