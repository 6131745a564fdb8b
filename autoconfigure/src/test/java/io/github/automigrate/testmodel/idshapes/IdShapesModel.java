package io.github.automigrate.testmodel.idshapes;

import java.util.List;

/**
 * Identifiers Hibernate maps without @EmbeddedId or @Column on the entity: an @Id whose
 * class is @Embeddable.
 */
public final class IdShapesModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Lease.class, Tenant.class, Payment.class);

	private IdShapesModel() {
	}

}
