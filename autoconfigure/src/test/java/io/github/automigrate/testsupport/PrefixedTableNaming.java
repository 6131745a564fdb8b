package io.github.automigrate.testsupport;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * An application's own physical naming strategy: snake case, and every table name starts
 * with {@code app_}.
 */
public class PrefixedTableNaming extends PhysicalNamingStrategySnakeCaseImpl {

	@Override
	public Identifier toPhysicalTableName(Identifier logicalName, JdbcEnvironment jdbcEnvironment) {
		Identifier name = super.toPhysicalTableName(logicalName, jdbcEnvironment);
		return name.getText().startsWith("app_") ? name : new Identifier("app_" + name.getText(), name.isQuoted());
	}

}
