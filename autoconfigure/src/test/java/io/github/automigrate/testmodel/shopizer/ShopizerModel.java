package io.github.automigrate.testmodel.shopizer;

import java.util.List;

/**
 * Entities in the style of the Shopizer e-commerce project: every id drawn from one
 * shared generator table, an embedded audit section, join tables both ways, ordered
 * collections, {@code text} columns and multi-column unique keys, for the fidelity tests.
 */
public final class ShopizerModel {

	public static final List<Class<?>> CLASSES = List.of(Language.class, MerchantStore.class, Category.class,
			CategoryDescription.class, Product.class, ProductDescription.class, Customer.class, CustomerGroup.class,
			Permission.class);

	private ShopizerModel() {
	}

}
