package io.github.automigrate.testsupport;

import java.util.List;

import javax.sql.DataSource;

import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.mapping.jpa.EntityMappingReader;
import io.github.automigrate.mapping.jpa.NamingSettings;
import io.github.automigrate.report.MigrationReport;

/**
 * Runs AutoMigrate's engine on a data source, as the runner does, without a Spring
 * context.
 */
public final class Migrations {

	private Migrations() {
	}

	public static MigrationReport migrate(DataSource dataSource, List<Class<?>> entities) {
		return migrate(dataSource, entities, false, true);
	}

	public static MigrationReport migrate(DataSource dataSource, List<Class<?>> entities, boolean dryRun,
			boolean failOnError) {
		return migrate(dataSource, entities, NamingSettings.defaults(), dryRun, failOnError);
	}

	public static MigrationReport migrate(DataSource dataSource, List<Class<?>> entities, NamingSettings naming) {
		return migrate(dataSource, entities, naming, false, true);
	}

	/**
	 * Migrates without the fingerprint shortcut: the run compares the entities with the
	 * schema, whatever the history.
	 */
	public static MigrationReport migrateComparingInFull(DataSource dataSource, List<Class<?>> entities) {
		MigrationRequest request = new MigrationRequest(new EntityMappingReader().read(entities), List.of("test"),
				entities.stream().map(Class::getName).toList(), false, true, MigrationRequest.DEFAULT_LOCK_TIMEOUT,
				MigrationRequest.DEFAULT_HISTORY_TABLE, null, "test", false);
		return AdditiveGuard.check(new SchemaMigrator(dataSource).migrate(request));
	}

	private static MigrationReport migrate(DataSource dataSource, List<Class<?>> entities, NamingSettings naming,
			boolean dryRun, boolean failOnError) {
		MigrationRequest request = MigrationRequest.of(new EntityMappingReader(naming).read(entities), List.of("test"),
				entities.stream().map(Class::getName).toList(), dryRun, failOnError);
		return AdditiveGuard.check(new SchemaMigrator(dataSource).migrate(request));
	}

}
