package io.github.automigrate.testmodel.classoverrides;

import java.util.List;

/**
 * Class-level {@code @AttributeOverride(s)} on entities: of a mapped superclass's
 * attributes, its id among them, and by a dotted path of a column of an embedded
 * attribute, the entity's own or the mapped superclass's.
 */
public final class ClassOverridesModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Book.class, Magazine.class);

	private ClassOverridesModel() {
	}

}
