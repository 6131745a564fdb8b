package io.github.automigrate.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.automigrate.mapping.jdbc.AggregateSchemaSource;

/**
 * The Spring Data JDBC aggregates as a schema source, where Spring Data JDBC 4 is on the
 * class path (its aggregate paths as this source reads them).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = { "org.springframework.data.jdbc.core.mapping.JdbcMappingContext",
		"org.springframework.data.relational.core.mapping.AggregatePath$ColumnInfos" })
class AutoMigrateDataJdbcConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AggregateSchemaSource autoMigrateAggregateSchemaSource(ApplicationContext context,
			AutoMigrateProperties properties) {
		return new AggregateSchemaSource(context, properties.getPackages())
			.withReferenceForeignKeys(properties.getDataJdbc().isReferenceForeignKeys());
	}

}
