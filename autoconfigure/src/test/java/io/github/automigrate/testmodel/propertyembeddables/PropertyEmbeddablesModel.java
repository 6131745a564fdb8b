package io.github.automigrate.testmodel.propertyembeddables;

import java.util.List;

/**
 * Embeddables read through their getters, whose {@code @Column} and {@code @JoinColumn}
 * sit there: one by its own {@code @Access(PROPERTY)}, one by the property access of the
 * entity that embeds it.
 */
public final class PropertyEmbeddablesModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Carrier.class, Shipment.class, Crate.class);

	private PropertyEmbeddablesModel() {
	}

}
