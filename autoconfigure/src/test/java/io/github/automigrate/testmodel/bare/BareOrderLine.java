package io.github.automigrate.testmodel.bare;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The shop's order_line table as an earlier release had it: the same columns, without
 * keys.
 */
@Entity
@Table(name = "order_line")
public class BareOrderLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long parentOrderId;

	private UUID productId;

	private int quantity;

}
