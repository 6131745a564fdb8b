package io.github.automigrate.testmodel.autoappliedkeys;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores every {@code Integer} as text, wherever it may: not in an identifier, a version
 * or an {@code @Enumerated}/{@code @Temporal} attribute, which JPA exempts from
 * auto-applied converters.
 */
@Converter(autoApply = true)
public class CountAsTextConverter implements AttributeConverter<Integer, String> {

	@Override
	public String convertToDatabaseColumn(Integer count) {
		return (count != null) ? count.toString() : null;
	}

	@Override
	public Integer convertToEntityAttribute(String text) {
		return (text != null) ? Integer.valueOf(text) : null;
	}

}
