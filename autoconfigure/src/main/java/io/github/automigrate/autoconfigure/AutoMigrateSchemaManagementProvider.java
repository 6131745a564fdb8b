package io.github.automigrate.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

import io.github.automigrate.apply.SchemaMigrator;

/**
 * Tells Spring Boot that AutoMigrate manages the schema of the {@link DataSource} it
 * migrates, as Flyway and Liquibase do for theirs: Spring Boot then no longer defaults
 * Hibernate's {@code ddl-auto} to {@code create-drop} on an embedded database, so
 * Hibernate neither drops the tables AutoMigrate made nor drops them again at shutdown.
 */
class AutoMigrateSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<SchemaMigrator> migrators;

	AutoMigrateSchemaManagementProvider(ObjectProvider<SchemaMigrator> migrators) {
		this.migrators = migrators;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.migrators.stream().anyMatch((migrator) -> migrator.migrates(dataSource)) ? SchemaManagement.MANAGED
				: SchemaManagement.UNMANAGED;
	}

}
