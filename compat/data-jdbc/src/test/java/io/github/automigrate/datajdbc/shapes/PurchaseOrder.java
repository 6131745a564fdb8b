package io.github.automigrate.datajdbc.shapes;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Shape 3: a Set of id-less children and a one-to-one child, neither with {@code @Table}.
 */
@Table
public record PurchaseOrder(@Id Long id, Set<OrderItem> items, Shipping shipping) {

	public record OrderItem(String product, int qty) {
	}

	public record Shipping(String carrier) {
	}

}
