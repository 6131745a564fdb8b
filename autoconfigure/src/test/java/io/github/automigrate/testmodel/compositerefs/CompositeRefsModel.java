package io.github.automigrate.testmodel.compositerefs;

import java.util.List;

/**
 * References to entities keyed by two columns, an {@code @IdClass} key and an
 * {@code @EmbeddedId}, whose key attributes are declared out of alphabetical order; the
 * references' join columns implicit or declared in either order.
 */
public final class CompositeRefsModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Zone.class, Berth.class, Visit.class);

	private CompositeRefsModel() {
	}

}
