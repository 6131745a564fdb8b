package io.github.automigrate.testmodel.caveatemptor;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount and its currency, an immutable value stored as one string such as
 * {@code "11.23 USD"}.
 */
public record MonetaryAmount(BigDecimal value, Currency currency) implements Serializable {

	@Override
	public String toString() {
		return this.value + " " + this.currency;
	}

	/** Reads the string {@link #toString()} writes. */
	public static MonetaryAmount fromString(String text) {
		String[] parts = text.split(" ");
		return new MonetaryAmount(new BigDecimal(parts[0]), Currency.getInstance(parts[1]));
	}

}
