package io.github.automigrate.testmodel.caveatemptor;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;

/** A bank account, its table keyed by the inherited id column. */
@Entity
public class BankAccount extends BillingDetails {

	@NotNull
	private String account;

	@NotNull
	private String bankname;

	private String swift;

	protected BankAccount() {
	}

}
