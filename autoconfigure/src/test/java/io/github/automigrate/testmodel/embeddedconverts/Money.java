package io.github.automigrate.testmodel.embeddedconverts;

import java.io.Serializable;

/**
 * An amount that is no basic type: left to itself, Hibernate would store it serialized in
 * a binary column.
 */
public class Money implements Serializable {

	private final String amount;

	public Money(String amount) {
		this.amount = amount;
	}

	public String amount() {
		return this.amount;
	}

}
