package io.github.automigrate.testmodel.idbaggenerators;

import java.util.List;

/**
 * Bags with Hibernate's {@code @CollectionId} whose identifiers come from a JPA generator
 * declared nowhere else: a {@code @TableGenerator} and a {@code @SequenceGenerator}.
 */
public final class IdBagGeneratorsModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Notebook.class);

	private IdBagGeneratorsModel() {
	}

}
