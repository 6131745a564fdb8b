package io.github.automigrate.testmodel.embeddedconverts;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores {@link Money} as text. Not applied automatically: only where a {@code @Convert}
 * names it.
 */
@Converter
public class MoneyConverter implements AttributeConverter<Money, String> {

	@Override
	public String convertToDatabaseColumn(Money money) {
		return (money != null) ? money.amount() : null;
	}

	@Override
	public Money convertToEntityAttribute(String amount) {
		return (amount != null) ? new Money(amount) : null;
	}

}
