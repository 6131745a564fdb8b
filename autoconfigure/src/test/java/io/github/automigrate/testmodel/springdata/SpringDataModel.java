package io.github.automigrate.testmodel.springdata;

import java.util.List;

/**
 * A model shaped after Spring Data JPA's sample domain and the spring-data-examples
 * showcase: generic mapped superclasses for the identifier and the auditor, self
 * references, {@code @IdClass} keys made of associations.
 */
public final class SpringDataModel {

	public static final List<Class<?>> CLASSES = List.of(User.class, Role.class, AuditableUser.class, Customer.class,
			Account.class, Item.class, Site.class, ItemSite.class);

	private SpringDataModel() {
	}

}
