package io.github.automigrate.testmodel.onetomanysets;

import java.util.List;

/**
 * Unidirectional {@code @OneToMany} sets and a list, with and without {@code @JoinTable}.
 */
public final class OneToManySetsModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Policy.class, Scope.class);

	private OneToManySetsModel() {
	}

}
