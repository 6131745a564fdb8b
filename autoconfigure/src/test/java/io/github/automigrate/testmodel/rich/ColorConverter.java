package io.github.automigrate.testmodel.rich;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a colour as its RGB value: the column is an integer. */
@Converter
public class ColorConverter implements AttributeConverter<java.awt.Color, Integer> {

	@Override
	public Integer convertToDatabaseColumn(java.awt.Color color) {
		return (color != null) ? color.getRGB() : null;
	}

	@Override
	public java.awt.Color convertToEntityAttribute(Integer rgb) {
		return (rgb != null) ? new java.awt.Color(rgb, true) : null;
	}

}
