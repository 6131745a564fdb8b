package io.github.automigrate.mapping.jpa;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotationUtils;

import io.github.automigrate.mapping.MappingException;

/**
 * Hibernate's legacy {@code @GenericGenerator}, read by name (Hibernate is optional): the
 * kind of database object its strategy, or its {@code type}, draws identifiers from, and
 * the parameters that name and shape that object.
 *
 * @param name the generator's name
 * @param kind what it draws identifiers from
 * @param parameters its parameters by name
 */
record LegacyGenerator(String name, Kind kind, Map<String, String> parameters) {

	private static final String GENERIC_GENERATOR = "org.hibernate.annotations.GenericGenerator";

	private static final String GENERIC_GENERATORS = "org.hibernate.annotations.GenericGenerators";

	private static final String SEQUENCE_STYLE = "org.hibernate.id.enhanced.SequenceStyleGenerator";

	private static final String ENHANCED_TABLE = "org.hibernate.id.enhanced.TableGenerator";

	private static final Set<String> SEQUENCE_STRATEGIES = Set.of("sequence", "enhanced-sequence", SEQUENCE_STYLE);

	private static final Set<String> TABLE_STRATEGIES = Set.of("enhanced-table", ENHANCED_TABLE);

	/** Hibernate's named strategies that need no database object of their own. */
	private static final Set<String> OBJECTLESS_STRATEGIES = Set.of("uuid", "uuid2", "guid", "uuid.hex", "assigned",
			"identity", "select", "increment", "foreign", "org.hibernate.id.UUIDGenerator",
			"org.hibernate.id.UUIDHexGenerator", "org.hibernate.id.Assigned", "org.hibernate.id.IncrementGenerator",
			"org.hibernate.id.ForeignGenerator");

	/** What a generator draws identifiers from. */
	enum Kind {

		/** A sequence: {@code SequenceStyleGenerator}. */
		SEQUENCE,

		/** A generator table: the enhanced {@code TableGenerator}. */
		TABLE,

		/** Nothing in the database (UUIDs, assigned, increment, ...). */
		NONE,

		/**
		 * Something else ({@code native}, or a generator class of the application's own).
		 */
		OTHER

	}

	/**
	 * The {@code @GenericGenerator}s on an element.
	 * @param element a class, field or method
	 * @return its generators, none when it has none or Hibernate is absent
	 */
	static List<LegacyGenerator> on(AnnotatedElement element) {
		List<LegacyGenerator> generators = new ArrayList<>();
		for (Annotation annotation : element.getAnnotations()) {
			String type = annotation.annotationType().getName();
			if (type.equals(GENERIC_GENERATOR)) {
				generators.add(of(annotation));
			}
			else if (type.equals(GENERIC_GENERATORS)
					&& AnnotationUtils.getValue(annotation) instanceof Annotation[] many) {
				for (Annotation one : many) {
					generators.add(of(one));
				}
			}
		}
		return generators;
	}

	private static LegacyGenerator of(Annotation annotation) {
		Map<String, Object> attributes = AnnotationUtils.getAnnotationAttributes(annotation);
		Map<String, String> parameters = new HashMap<>();
		if (attributes.get("parameters") instanceof Annotation[] declared) {
			for (Annotation parameter : declared) {
				parameters.put(String.valueOf(AnnotationUtils.getValue(parameter, "name")),
						String.valueOf(AnnotationUtils.getValue(parameter, "value")));
			}
		}
		return new LegacyGenerator(String.valueOf(attributes.get("name")),
				kind(attributes.get("type"), String.valueOf(attributes.get("strategy"))), parameters);
	}

	/** The kind a {@code type} (when given) or a strategy names. */
	private static Kind kind(@Nullable Object type, String strategy) {
		if (type instanceof Class<?> generatorType
				&& !generatorType.getName().equals("org.hibernate.generator.Generator")) {
			for (Class<?> step = generatorType; step != null; step = step.getSuperclass()) {
				if (step.getName().equals(SEQUENCE_STYLE)) {
					return Kind.SEQUENCE;
				}
				if (step.getName().equals(ENHANCED_TABLE)) {
					return Kind.TABLE;
				}
			}
			return OBJECTLESS_STRATEGIES.contains(generatorType.getName()) ? Kind.NONE : Kind.OTHER;
		}
		if (SEQUENCE_STRATEGIES.contains(strategy)) {
			return Kind.SEQUENCE;
		}
		if (TABLE_STRATEGIES.contains(strategy)) {
			return Kind.TABLE;
		}
		return OBJECTLESS_STRATEGIES.contains(strategy) ? Kind.NONE : Kind.OTHER;
	}

	/** A parameter's value, or the fallback when it is not given. */
	String parameter(String name, String fallback) {
		String value = this.parameters.get(name);
		return (value != null && !value.isBlank()) ? value.trim() : fallback;
	}

	/** A whole-number parameter's value, or the fallback when it is not given. */
	int parameter(String name, int fallback) {
		String value = this.parameters.get(name);
		try {
			return (value != null && !value.isBlank()) ? Integer.parseInt(value.trim()) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new MappingException("@GenericGenerator " + this.name,
					"gives the parameter '" + name + "' the value '" + value + "', which is not a whole number.",
					"Give it a whole number.");
		}
	}

}
