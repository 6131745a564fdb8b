package io.github.automigrate.autoconfigure;

import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.report.MigrationReport;

/**
 * Strategy that initializes the schema in place of AutoMigrate's own call: define a bean
 * of this type to run something before or after the migration, to plan first and decide,
 * or to migrate with another request. Without one, a run is
 * {@code migrator.migrate(request)}.
 */
@FunctionalInterface
public interface AutoMigrateMigrationStrategy {

	/**
	 * Migrates, in place of {@code migrator.migrate(request)}.
	 * @param migrator the migrator of the DataSource AutoMigrate migrates
	 * @param request the run's request, as the properties and the customizers made it,
	 * with the expected schema
	 * @return the report of the run, which the log, the endpoint, health, metrics and
	 * listeners then see
	 */
	MigrationReport migrate(SchemaMigrator migrator, MigrationRequest request);

}
