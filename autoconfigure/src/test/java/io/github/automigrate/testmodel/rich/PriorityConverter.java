package io.github.automigrate.testmodel.rich;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PriorityConverter implements AttributeConverter<Priority, String> {

	@Override
	public String convertToDatabaseColumn(Priority priority) {
		return (priority != null) ? "P" + priority.level() : null;
	}

	@Override
	public Priority convertToEntityAttribute(String text) {
		return (text != null) ? new Priority(Integer.parseInt(text.substring(1))) : null;
	}

}
