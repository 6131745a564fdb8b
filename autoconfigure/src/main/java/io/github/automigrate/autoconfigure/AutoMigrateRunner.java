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
import io.github.automigrate.mapping.jpa.EntityClassScanner;
import io.github.automigrate.mapping.jpa.EntityMapping;
import io.github.automigrate.mapping.jpa.MappingOptions;
import io.github.automigrate.mapping.jpa.ScannedClasses;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.ReportLogger;

/**
 * Migrates the schema when the application starts, before the application's own runners: scan, map (or read the
 * mapping computed at build time, in an application processed ahead of time), then let the {@link SchemaMigrator} do
 * the database side. Keeps the last report for the endpoint. When something needs the schema
 * earlier (JPA, SQL initialization, {@code @DependsOnDatabaseInitialization} beans), {@link AutoMigrateInitializer}
 * runs the start-up migration during the refresh instead, and this runner does not migrate again.
 */
public class AutoMigrateRunner implements ApplicationRunner, Ordered {

	private static final Log logger = LogFactory.getLog(AutoMigrateRunner.class);

	private final ApplicationContext context;

	private final SchemaMigrator migrator;

	private final AutoMigrateProperties properties;

	private final ReportLogger reportLogger = new ReportLogger();

	private final BuildTimeMappings buildTimeMappings;

	private final @Nullable ObjectProvider<AutoMigrateRunListener> listeners;

	private volatile @Nullable MigrationReport lastReport;

	private boolean startupRunDone;

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
		this.buildTimeMappings = new BuildTimeMappings(context.getClassLoader());
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		migrateOnStartup();
	}

	/**
	 * Runs the start-up migration unless it already ran: the initializer and the runner share it, so a start migrates
	 * exactly once whichever comes first.
	 * @return the report of the start-up run
	 * @throws ClassNotFoundException if a scanned entity class cannot be loaded
	 */
	public synchronized MigrationReport migrateOnStartup() throws ClassNotFoundException {
		MigrationReport report = this.lastReport;
		if (this.startupRunDone && report != null) {
			return report;
		}
		// The initializer's run is the start's run: the runner then reports it instead of migrating again.
		this.startupRunDone = true;
		warnIfHibernateWritesTheSchemaToo();
		return migrate();
	}

	/**
	 * Runs AutoMigrate once.
	 * @return the report of the run
	 * @throws ClassNotFoundException if a scanned entity class cannot be loaded
	 */
	public MigrationReport migrate() throws ClassNotFoundException {
		StartupStep step = applicationStartup().start("automigrate.migrate");
		MigrationReport.Outcome outcome = MigrationReport.Outcome.FAILED;
		try {
			MigrationReport report = doMigrate();
			outcome = report.outcome();
			return report;
		}
		finally {
			step.tag("outcome", outcome.name());
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

	private MigrationReport doMigrate() throws ClassNotFoundException {
		ScannedClasses scanned = scannedClasses();
		// Names and Bean Validation's effects follow the application's JPA settings, as Hibernate's do.
		MappingOptions options = MappingOptions.from(this.context.getEnvironment()::getProperty);
		EntityMapping mapping = this.buildTimeMappings.read(scanned.mappingResource(), options);
		if (mapping == null) {
			mapping = EntityMapping.of(scanned.load(this.context.getClassLoader()), options);
		}
		MigrationRequest request = new MigrationRequest(mapping.expected(), scanned.packages(), mapping.entities(),
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
	 * The classes to map: the context's scan result (found at build time in an application processed ahead of time),
	 * else a scan now.
	 */
	private ScannedClasses scannedClasses() throws ClassNotFoundException {
		ScannedClasses scanned = this.context.getBeanProvider(ScannedClasses.class).getIfAvailable();
		return (scanned != null) ? scanned
				: new EntityClassScanner(this.context, this.properties.getPackages()).scanned();
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
