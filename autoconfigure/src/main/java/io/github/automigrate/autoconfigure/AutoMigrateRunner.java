package io.github.automigrate.autoconfigure;

import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.mapping.EntityMapping;
import io.github.automigrate.mapping.MappingOptions;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.ReportLogger;
import io.github.automigrate.scan.EntityClassScanner;
import io.github.automigrate.scan.ScannedClasses;

/**
 * Migrates the schema when the application starts, before the application's own runners: obtain the expected schema
 * (scan and map, or read the mapping computed at build time in an application processed ahead of time), build the
 * run's request from the one the auto-configuration mapped, and let the {@link AutoMigrateMigrationStrategy} (by
 * default the {@link SchemaMigrator}) do the database side. Each report goes to the log, the
 * {@link AutoMigrateReports} and the {@link AutoMigrateRunListener listeners}. When something needs the schema earlier
 * (JPA, SQL initialization, {@code @DependsOnDatabaseInitialization} beans), {@link AutoMigrateInitializer} runs the
 * start-up migration during the refresh instead, and this runner does not migrate again.
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

	private final BuildTimeMappings buildTimeMappings;

	private boolean startupRunDone;

	/**
	 * Creates a runner.
	 * @param context the application context
	 * @param migrator the migrator
	 * @param properties the properties, for the packages to scan
	 * @param request the request every run builds its own from, properties mapped and customizers applied
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
		Optional<MigrationReport> report = this.reports.getLastReport();
		if (this.startupRunDone && report.isPresent()) {
			return report.get();
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
		MigrationRequest request = requestForThisRun();
		MigrationReport report = null;
		try {
			report = this.strategy.migrate(this.migrator, request);
		}
		catch (MigrationFailedException ex) {
			report = ex.getReport();
			throw ex;
		}
		finally {
			// Only this run's report: a run that ended without one must not publish the previous run again.
			if (report != null) {
				published(report);
			}
		}
		return report;
	}

	/**
	 * The request of this run: the expected schema (the context's scan result, or a scan now; the mapping computed
	 * at build time, or a mapping now) with what the auto-configuration mapped.
	 */
	private MigrationRequest requestForThisRun() throws ClassNotFoundException {
		ScannedClasses scanned = scannedClasses();
		// Names and Bean Validation's effects follow the application's JPA settings, as Hibernate's do.
		MappingOptions options = MappingOptions.from(this.context.getEnvironment()::getProperty);
		EntityMapping mapping = this.buildTimeMappings.read(scanned.mappingResource(), options);
		if (mapping == null) {
			mapping = EntityMapping.of(scanned.load(this.context.getClassLoader()), options);
		}
		return this.request.build(mapping.expected(), scanned.packages(), mapping.entities());
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
