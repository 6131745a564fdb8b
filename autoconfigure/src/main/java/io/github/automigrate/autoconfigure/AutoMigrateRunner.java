package io.github.automigrate.autoconfigure;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;

import io.github.automigrate.apply.Instance;
import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.mapping.EntityMappingReader;
import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.MappingOptions;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.ReportLogger;
import io.github.automigrate.scan.EntityClassScanner;

/**
 * Migrates the schema when the application starts, before the application's own runners: scan, map, then let the
 * {@link SchemaMigrator} do the database side. Keeps the last report for the endpoint.
 */
public class AutoMigrateRunner implements ApplicationRunner, Ordered {

	private final ApplicationContext context;

	private final SchemaMigrator migrator;

	private final AutoMigrateProperties properties;

	private final ReportLogger reportLogger = new ReportLogger();

	private volatile @Nullable MigrationReport lastReport;

	public AutoMigrateRunner(ApplicationContext context, SchemaMigrator migrator, AutoMigrateProperties properties) {
		this.context = context;
		this.migrator = migrator;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		migrate();
	}

	/**
	 * Runs AutoMigrate once.
	 * @return the report of the run
	 * @throws ClassNotFoundException if a scanned entity class cannot be loaded
	 */
	public MigrationReport migrate() throws ClassNotFoundException {
		EntityClassScanner scanner = new EntityClassScanner(this.context, this.properties.getPackages());
		List<Class<?>> classes = scanner.scan();
		// Names and Bean Validation's effects follow the application's JPA settings, as Hibernate's do.
		MappingOptions options = MappingOptions.from(this.context.getEnvironment()::getProperty);
		MappedSchema expected = new EntityMappingReader(options).read(classes);
		List<String> entities = classes.stream().filter((type) -> type.isAnnotationPresent(jakarta.persistence.Entity.class))
			.map(Class::getName).toList();
		MigrationRequest request = new MigrationRequest(expected, scanner.packages(), entities,
				this.properties.isDryRun(), this.properties.isFailOnError(), this.properties.getLockTimeout(),
				this.properties.getHistory().isEnabled() ? this.properties.getHistory().getTable() : null,
				scriptLocation(this.properties.getScriptLocation()),
				Instance.name(this.context.getEnvironment().getProperty("spring.application.name")));
		try {
			this.lastReport = this.migrator.migrate(request);
		}
		catch (MigrationFailedException ex) {
			this.lastReport = ex.getReport();
			throw ex;
		}
		finally {
			Optional.ofNullable(this.lastReport).ifPresent(this.reportLogger::log);
		}
		return this.lastReport;
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
