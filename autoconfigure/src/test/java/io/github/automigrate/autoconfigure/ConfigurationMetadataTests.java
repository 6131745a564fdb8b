package io.github.automigrate.autoconfigure;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata that IDEs show: every property of
 * {@link AutoMigrateProperties}, nested ones too, is described and has a default unless
 * it is optional, and the README lists it.
 */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyIsDescribedWithItsDefault() throws Exception {
		Map<String, JsonNode> properties = entries("properties");
		Map<String, JsonNode> groups = entries("groups");
		String prefix = AutoMigrateProperties.class.getAnnotation(ConfigurationProperties.class).value();
		List<String> checked = new ArrayList<>();
		walk(AutoMigrateProperties.class, prefix, properties, groups, checked);
		assertThat(checked).contains("schema.automigrate.enabled", "schema.automigrate.history.table");
	}

	/**
	 * The README's properties table lists every property the metadata describes, so that
	 * no property is hidden.
	 */
	@Test
	void everyPropertyIsInTheReadmesTable() throws Exception {
		String readme = Files.readString(Path.of("..", "README.md"));
		assertThat(entries("properties").keySet()).filteredOn((name) -> name.startsWith("schema.automigrate."))
			.isNotEmpty()
			.allSatisfy((name) -> assertThat(readme).as(name).contains("| `" + name + "` |"));
	}

	@Test
	void theHealthSwitchIsDescribed() throws Exception {
		JsonNode health = entries("properties").get("management.health.automigrate.enabled");
		assertThat(health).isNotNull();
		assertThat(health.path("description").asString()).isNotBlank();
		assertThat(health.path("defaultValue").asBoolean()).isTrue();
	}

	private void walk(Class<?> type, String prefix, Map<String, JsonNode> properties, Map<String, JsonNode> groups,
			List<String> checked) {
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				continue;
			}
			String name = prefix + "." + kebab(field.getName());
			if (field.getType().getDeclaringClass() == AutoMigrateProperties.class) {
				JsonNode group = groups.get(name);
				assertThat(group).as("group %s", name).isNotNull();
				assertThat(group.path("description").asString()).as("description of group %s", name).isNotBlank();
				walk(field.getType(), name, properties, groups, checked);
				continue;
			}
			JsonNode property = properties.get(name);
			assertThat(property).as("property %s", name).isNotNull();
			assertThat(property.path("description").asString()).as("description of %s", name).isNotBlank();
			if (!field.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				assertThat(property.has("defaultValue")).as("default of %s", name).isTrue();
			}
			checked.add(name);
		}
	}

	private static Map<String, JsonNode> entries(String kind) throws Exception {
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			Map<String, JsonNode> entries = new HashMap<>();
			root.path(kind).forEach((entry) -> entries.put(entry.path("name").asString(), entry));
			return entries;
		}
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

}
