package io.github.automigrate.testmodel.localgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * A coupon whose unnamed {@code @GeneratedValue} draws from the sequence generator
 * declared on its class: the sequence {@code coupon_numbers}, not {@code coupon_seq}.
 */
@Entity
@SequenceGenerator(name = "coupon_ids", sequenceName = "coupon_numbers", allocationSize = 10)
public class Coupon {

	@Id
	@GeneratedValue
	private Long id;

	private int discount;

}
