package io.github.automigrate.testmodel.idaccess;

import java.util.List;

/**
 * Identifiers read through a getter marked {@code @Access(PROPERTY)}: such an identifier
 * does not set the entity's access type; its other mapping annotations do, or, without
 * any, the identifier's getter does.
 */
public final class IdAccessModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Badge.class, Token.class);

	private IdAccessModel() {
	}

}
