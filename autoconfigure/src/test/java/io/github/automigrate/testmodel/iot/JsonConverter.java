package io.github.automigrate.testmodel.iot;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keeps a JSON tree as its text. */
@Converter
public class JsonConverter implements AttributeConverter<JsonNode, String> {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(JsonNode tree) {
		return (tree != null) ? MAPPER.writeValueAsString(tree) : null;
	}

	@Override
	public JsonNode convertToEntityAttribute(String text) {
		return (text != null) ? MAPPER.readTree(text) : null;
	}

}
