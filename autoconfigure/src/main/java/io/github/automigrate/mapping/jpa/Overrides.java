package io.github.automigrate.mapping.jpa;

import java.lang.reflect.AnnotatedElement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * The {@code @AttributeOverride}s and {@code @AssociationOverride}s in force inside an
 * embeddable, keyed by the path below it ({@code city}, {@code address.city}). An
 * override written further out wins over one further in: an entity's class-level one over
 * one on an embedded attribute.
 */
final class Overrides {

	static final Overrides NONE = new Overrides(Map.of(), Map.of());

	private final Map<String, Column> attributes;

	private final Map<String, List<JoinColumn>> associations;

	private Overrides(Map<String, Column> attributes, Map<String, List<JoinColumn>> associations) {
		this.attributes = attributes;
		this.associations = associations;
	}

	/**
	 * The overrides an entity declares on its class for its attributes, by path
	 * ({@code address.city} reaches into an embedded one), with those of its superclasses
	 * (entities and mapped superclasses) where it declares none: as Hibernate applies
	 * them, the subclass's winning.
	 * @param entity the entity class
	 * @return the overrides in force at the entity's top level
	 */
	static Overrides ofClass(Class<?> entity) {
		Overrides overrides = NONE;
		for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
			if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class)) {
				overrides = overrides.adding(type, "");
			}
		}
		return overrides;
	}

	/**
	 * These overrides, with those an attribute declares added where no outer one applies.
	 * @param attribute the attribute
	 * @param prefix a prefix the declared names carry and the paths do not
	 * ({@code value.} for a map's values)
	 * @return the overrides in force below the attribute
	 */
	Overrides with(Attribute attribute, String prefix) {
		return adding(attribute.element(), prefix);
	}

	private Overrides adding(AnnotatedElement element, String prefix) {
		Map<String, Column> attributes = new HashMap<>(this.attributes);
		for (AttributeOverride override : element.getAnnotationsByType(AttributeOverride.class)) {
			attributes.putIfAbsent(strip(override.name(), prefix), override.column());
		}
		Map<String, List<JoinColumn>> associations = new HashMap<>(this.associations);
		for (AssociationOverride override : element.getAnnotationsByType(AssociationOverride.class)) {
			associations.putIfAbsent(strip(override.name(), prefix), List.of(override.joinColumns()));
		}
		return new Overrides(attributes, associations);
	}

	/**
	 * The overrides in force below one attribute of the embeddable.
	 * @param name the attribute name
	 * @return the overrides whose path starts with it, without it
	 */
	Overrides below(String name) {
		String prefix = name + ".";
		Map<String, Column> attributes = new HashMap<>();
		this.attributes.forEach((path, column) -> {
			if (path.startsWith(prefix)) {
				attributes.put(path.substring(prefix.length()), column);
			}
		});
		Map<String, List<JoinColumn>> associations = new HashMap<>();
		this.associations.forEach((path, columns) -> {
			if (path.startsWith(prefix)) {
				associations.put(path.substring(prefix.length()), columns);
			}
		});
		return new Overrides(attributes, associations);
	}

	@Nullable Column column(String name) {
		return this.attributes.get(name);
	}

	@Nullable List<JoinColumn> joinColumns(String name) {
		return this.associations.get(name);
	}

	private static String strip(String name, String prefix) {
		return (!prefix.isEmpty() && name.startsWith(prefix)) ? name.substring(prefix.length()) : name;
	}

}
