package io.github.automigrate.testmodel.plainembedded;

import java.util.List;

/**
 * Classes embedded by {@code @Embedded} or {@code @EmbeddedId} alone, without
 * {@code @Embeddable}.
 */
public final class PlainEmbeddedModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Depot.class, Consignment.class);

	private PlainEmbeddedModel() {
	}

}
