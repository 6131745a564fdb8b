package io.github.automigrate.testmodel.caveatemptor;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link MonetaryAmount} as a string; applied where an attribute names it. */
@Converter
public class MonetaryAmountConverter implements AttributeConverter<MonetaryAmount, String> {

	@Override
	public String convertToDatabaseColumn(MonetaryAmount amount) {
		return (amount != null) ? amount.toString() : null;
	}

	@Override
	public MonetaryAmount convertToEntityAttribute(String text) {
		return (text != null) ? MonetaryAmount.fromString(text) : null;
	}

}
