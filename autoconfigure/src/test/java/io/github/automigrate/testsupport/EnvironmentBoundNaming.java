package io.github.automigrate.testsupport;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * A physical naming strategy that needs the JDBC environment, which AutoMigrate cannot
 * give it.
 */
public class EnvironmentBoundNaming extends PhysicalNamingStrategyStandardImpl {

	@Override
	public Identifier toPhysicalTableName(Identifier logicalName, JdbcEnvironment jdbcEnvironment) {
		return jdbcEnvironment.getIdentifierHelper().normalizeQuoting(logicalName);
	}

}
