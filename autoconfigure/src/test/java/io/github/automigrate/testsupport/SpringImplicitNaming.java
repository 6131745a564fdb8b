package io.github.automigrate.testsupport;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming rule (its {@code SpringImplicitNamingStrategy}, in a
 * module these tests do not depend on): JPA's, except that a join table is named
 * {@code <owning table>_<attribute>}.
 */
public class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {

	@Override
	public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
		return toIdentifier(
				source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty(),
				source.getBuildingContext());
	}

}
