package io.github.automigrate.testmodel.inversekeys;

import java.util.List;

/**
 * Order and map key columns of one-to-many collections kept in the target's table: of the
 * inverse side of a bidirectional association ({@code mappedBy}), and of a unidirectional
 * one with a join column.
 */
public final class InverseKeysModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Street.class, House.class, Lamp.class, Club.class,
			Member.class, Trophy.class, Shelf.class, Binder.class, Folder.class, Divider.class);

	private InverseKeysModel() {
	}

}
