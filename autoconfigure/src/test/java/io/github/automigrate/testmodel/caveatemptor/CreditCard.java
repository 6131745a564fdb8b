package io.github.automigrate.testmodel.caveatemptor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A credit card, its table keyed by a column named for it. */
@Entity
@PrimaryKeyJoinColumn(name = "CREDITCARD_ID")
public class CreditCard extends BillingDetails {

	@NotNull
	@Size(max = 19)
	private String cardNumber;

	@NotNull
	@Column(length = 2)
	private String expMonth;

	@NotNull
	@Column(length = 4)
	private String expYear;

	protected CreditCard() {
	}

}
