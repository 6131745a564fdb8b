package io.github.automigrate.autoconfigure;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Chooses the DataSource AutoMigrate migrates, in the order Spring Boot's Flyway support
 * follows: the bean marked {@link AutoMigrateDataSource}; else a connection of its own to
 * {@code schema.automigrate.url}; else the primary DataSource's database reached as
 * {@code schema.automigrate.user}; else the primary DataSource itself.
 */
final class MigrationDataSource {

	private MigrationDataSource() {
	}

	/**
	 * The DataSource to migrate.
	 * @param qualified the bean marked {@link AutoMigrateDataSource}, or {@code null}
	 * @param primary the application's unique or primary DataSource, or {@code null}
	 * @param properties the properties, for the URL, user, password and driver
	 * @return the DataSource to migrate
	 */
	static DataSource select(@Nullable DataSource qualified, @Nullable DataSource primary,
			AutoMigrateProperties properties) {
		if (qualified != null) {
			return qualified;
		}
		if (StringUtils.hasText(properties.getUrl())) {
			return ownConnections(DataSourceBuilder.create().url(properties.getUrl()), properties);
		}
		if (StringUtils.hasText(properties.getUser()) && primary != null) {
			return ownConnections(DataSourceBuilder.derivedFrom(primary), properties);
		}
		if (primary == null) {
			throw new IllegalStateException("AutoMigrate has no DataSource to migrate: the application has no unique "
					+ "or @Primary DataSource; mark one @AutoMigrateDataSource or set schema.automigrate.url");
		}
		return primary;
	}

	// No pool: each run opens its connection and closes it when done, so nothing of
	// AutoMigrate's stays open between runs, and the application's own pool is never
	// borrowed from.
	private static DataSource ownConnections(DataSourceBuilder<?> builder, AutoMigrateProperties properties) {
		builder.type(SimpleDriverDataSource.class).username(properties.getUser()).password(properties.getPassword());
		if (StringUtils.hasText(properties.getDriverClassName())) {
			builder.driverClassName(properties.getDriverClassName());
		}
		return builder.build();
	}

}
