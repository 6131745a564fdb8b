package io.github.automigrate.testsupport;

import java.util.List;

import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testmodel.shop.Order;
import io.github.automigrate.testmodel.shop.OrderLine;
import io.github.automigrate.testmodel.shop.Product;
import io.github.automigrate.testmodel.shop.Shipment;

/** The shop test model's entity classes. */
public final class ShopModel {

	public static final List<Class<?>> CLASSES = List.of(Customer.class, Order.class, OrderLine.class, Product.class,
			Shipment.class);

	private ShopModel() {
	}

}
