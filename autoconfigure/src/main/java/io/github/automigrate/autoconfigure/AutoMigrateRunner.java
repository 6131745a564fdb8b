package io.github.automigrate.autoconfigure;

import java.nio.file.Path;
import java.util.Optional;

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

import io.github.automigrate.apply.Instance;
import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.SchemaSource;
import io.github.automigrate.mapping.SchemaSources;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.ReportLogger;

/**
 * Migrates the schema when the application starts, before the application's own runners: read the expected schema
 * from every {@link SchemaSource} (the JPA entities, say) and merge it, then let the {@link SchemaMigrator} do the
 * database side. An application whose sources found nothing is not migrated. Keeps the last report for the endpoint. When something needs the schema
 * earlier (JPA, SQL initialization, {@code @DependsOnDatabaseInitialization} beans), {@link AutoMigrateInitializer}
 * runs the start-up migration during the refresh instead, and this runner does not migrate again.
 */
public class AutoMigrateRunner implements ApplicationRunner, Ordered {

	private static final Log logger = LogFactory.getLog(AutoMigrateRunner.class);

	private final ApplicationContext context;

	private final SchemaMigrator migrator;

	private final AutoMigrateProperties properties;

	private final ReportLogger reportLogger = new ReportLogger();

	private final @Nullable ObjectProvider<AutoMigrateRunListener> listeners;

	private volatile @Nullable MigrationReport lastReport;

	private boolean startupRunDone;

	private boolean nothingToMigrate;

	public AutoMigrateRunner(ApplicationContext context, SchemaMigrator migrator, AutoMigrateProperties properties) {
		this(context, migrator, properties, null);
	}

	/**
	 * Creates a runner that tells listeners about each run.
	 * @param context the application context
	 * @param migrator the migrator
	 * @param properties the properties
	 * @param listeners the listeners told about each run, or {@code null}
	 */
	public AutoMigrateRunner(ApplicationContext context, SchemaMigrator migrator, AutoMigrateProperties properties,
			@Nullable ObjectProvider<AutoMigrateRunListener> listeners) {
		this.context = context;
		this.migrator = migrator;
		this.properties = properties;
		this.listeners = listeners;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		migrateOnStartup();
	}

	/**
	 * Runs the start-up migration unless it already ran: the initializer and the runner share it, so a start migrates
	 * exactly once whichever comes first.
	 * @return the report of the start-up run, or {@code null} when no schema source found anything to migrate
	 * @throws ClassNotFoundException if a scanned entity class cannot be loaded
	 */
	public synchronized @Nullable MigrationReport migrateOnStartup() throws ClassNotFoundException {
		MigrationReport report = this.lastReport;
		if (this.startupRunDone && (report != null || this.nothingToMigrate)) {
			return report;
		}
		// The initializer's run is the start's run: the runner then reports it instead of migrating again.
		this.startupRunDone = true;
		warnIfHibernateWritesTheSchemaToo();
		return migrate();
	}

	/**
	 * Runs AutoMigrate once.
	 * @return the report of the run, or {@code null} when no schema source found anything to migrate (no run)
	 * @throws ClassNotFoundException if a scanned entity class cannot be loaded
	 */
	public @Nullable MigrationReport migrate() throws ClassNotFoundException {
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
		String warning = OtherSchemaTools.hibernateDdlWarning(this.context.getEnvironment(), this.properties.isDryRun());
		if (warning != null) {
			logger.warn(warning);
		}
	}

	private ApplicationStartup applicationStartup() {
		return (this.context instanceof ConfigurableApplicationContext configurable)
				? configurable.getApplicationStartup() : ApplicationStartup.DEFAULT;
	}

	private @Nullable MigrationReport doMigrate() {
		SchemaSources sources = new SchemaSources(
				this.context.getBeanProvider(SchemaSource.class).orderedStream().toList());
		MappedSchema expected = expectedSchema(sources);
		if (expected == null) {
			return null;
		}
		MigrationRequest request = new MigrationRequest(expected, sources.packages(), expected.entities(),
				this.properties.isDryRun(), this.properties.isFailOnError(), this.properties.getLockTimeout(),
				this.properties.getHistory().isEnabled() ? this.properties.getHistory().getTable() : null,
				scriptLocation(this.properties.getScriptLocation()),
				Instance.name(this.context.getEnvironment().getProperty("spring.application.name")),
				this.properties.isSkipWhenUnchanged(), OtherSchemaTools.tables(this.context.getEnvironment()));
		MigrationReport report = null;
		try {
			report = this.migrator.migrate(request);
		}
		catch (MigrationFailedException ex) {
			report = ex.getReport();
			throw ex;
		}
		finally {
			// Only this run's report: a run that ended without one must not publish the previous run again.
			if (report != null) {
				this.lastReport = report;
				published(report);
			}
		}
		return report;
	}

	/**
	 * The schema every source expects, read for the DataSource being migrated and merged; {@code null}, said once at
	 * INFO, when no source found anything (an application without entities, or without the JPA API): then nothing
	 * runs, and no history table is made.
	 */
	private @Nullable MappedSchema expectedSchema(SchemaSources sources) {
		MappedSchema expected = sources.read(this.migrator.getDataSource());
		this.nothingToMigrate = expected.isEmpty();
		if (this.nothingToMigrate) {
			logger.info("AutoMigrate: no schema source found anything to migrate (sources asked: " + sources.names()
					+ "); the schema is left alone");
			return null;
		}
		return expected;
	}

	private void published(MigrationReport report) {
		this.reportLogger.log(report);
		if (this.listeners != null) {
			this.listeners.orderedStream().forEach((listener) -> listener.onRun(report));
		}
	}

	private static @Nullable Path scriptLocation(@Nullable String location) {
		if (location == null || location.isBlank()) {
			return null;
		}
		String path = location.startsWith("filesystem:") ? location.substring("filesystem:".length())
				: location.startsWith("file:") ? location.substring("file:".length()) : location;
		return Path.of(path);
	}

	/**
	 * The report of the last run.
	 * @return the report, empty before the first run
	 */
	public Optional<MigrationReport> getLastReport() {
		return Optional.ofNullable(this.lastReport);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
