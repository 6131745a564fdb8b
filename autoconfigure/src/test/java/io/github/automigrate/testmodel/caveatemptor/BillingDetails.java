package io.github.automigrate.testmodel.caveatemptor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;

/**
 * A way to pay, one table per class joined on the key; the owner's name here, the details
 * in the subclasses.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class BillingDetails {

	@Id
	@GeneratedValue
	private Long id;

	@NotNull
	private String owner;

	@ManyToOne
	private AuctionUser user;

	protected BillingDetails() {
	}

}
