package io.github.automigrate.testmodel.caveatemptor;

import java.util.List;

/**
 * Entities in the style of CaveatEmptor, the auction sample of "Java Persistence with
 * Hibernate": an address embedded twice under overridden names, billing details inherited
 * JOINED, an ordered collection of embeddable images, a money amount stored as text
 * through a converter, Bean Validation, a category/item link table, to-one associations
 * through join tables and a formula, for the fidelity tests.
 */
public final class CaveatEmptorModel {

	public static final List<Class<?>> CLASSES = List.of(AuctionUser.class, Item.class, Bid.class, Category.class,
			BillingDetails.class, CreditCard.class, BankAccount.class, Shipment.class, CategorizedItem.class,
			Gallery.class);

	private CaveatEmptorModel() {
	}

}
