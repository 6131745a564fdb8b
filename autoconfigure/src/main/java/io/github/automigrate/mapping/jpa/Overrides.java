package io.github.automigrate.mapping.jpa;

import java.lang.reflect.AnnotatedElement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * The {@code @AttributeOverride}s, {@code @AssociationOverride}s and
 * {@code @Convert(attributeName = ...)}s in force inside an embeddable (an association
 * override's join table too), keyed by the path below it ({@code city},
 * {@code address.city}). An override written further out wins over one further in: an
 * entity's class-level one over one on an embedded attribute, and both over a
 * {@code @Convert} inside the embeddable.
 */
final class Overrides {

	static final Overrides NONE = new Overrides(Map.of(), Map.of(), Map.of(), Map.of());

	private final Map<String, Column> attributes;

	private final Map<String, List<JoinColumn>> associations;

	private final Map<String, Convert> converts;

	private final Map<String, JoinTable> joinTables;

	private Overrides(Map<String, Column> attributes, Map<String, List<JoinColumn>> associations,
			Map<String, Convert> converts, Map<String, JoinTable> joinTables) {
		this.attributes = attributes;
		this.associations = associations;
		this.converts = converts;
		this.joinTables = joinTables;
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
		Map<String, JoinTable> joinTables = new HashMap<>(this.joinTables);
		for (AssociationOverride override : element.getAnnotationsByType(AssociationOverride.class)) {
			associations.putIfAbsent(strip(override.name(), prefix), List.of(override.joinColumns()));
			if (declaresJoinTable(override.joinTable())) {
				joinTables.putIfAbsent(strip(override.name(), prefix), override.joinTable());
			}
		}
		Map<String, Convert> converts = new HashMap<>(this.converts);
		for (Convert convert : element.getAnnotationsByType(Convert.class)) {
			// On a map, "key" and "key.x" name the key's converter, not a value's part.
			String name = convert.attributeName();
			if (!name.isEmpty() && !(prefix.equals("value.") && (name.equals("key") || name.startsWith("key.")))) {
				converts.putIfAbsent(strip(name, prefix), convert);
			}
		}
		return new Overrides(attributes, associations, converts, joinTables);
	}

	/**
	 * Whether an override's {@code joinTable} says anything: a name, a schema or catalog,
	 * join columns, keys or indexes.
	 */
	private static boolean declaresJoinTable(JoinTable joinTable) {
		return !joinTable.name().isEmpty() || joinTable.joinColumns().length > 0
				|| joinTable.inverseJoinColumns().length > 0 || !joinTable.schema().isEmpty()
				|| !joinTable.catalog().isEmpty() || joinTable.uniqueConstraints().length > 0
				|| joinTable.indexes().length > 0;
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
		Map<String, Convert> converts = new HashMap<>();
		this.converts.forEach((path, convert) -> {
			if (path.startsWith(prefix)) {
				converts.put(path.substring(prefix.length()), convert);
			}
		});
		Map<String, JoinTable> joinTables = new HashMap<>();
		this.joinTables.forEach((path, joinTable) -> {
			if (path.startsWith(prefix)) {
				joinTables.put(path.substring(prefix.length()), joinTable);
			}
		});
		return new Overrides(attributes, associations, converts, joinTables);
	}

	@Nullable Column column(String name) {
		return this.attributes.get(name);
	}

	@Nullable List<JoinColumn> joinColumns(String name) {
		return this.associations.get(name);
	}

	/**
	 * The join table an {@code @AssociationOverride(joinTable = ...)} puts in place of
	 * the association's own {@code @JoinTable}, as Hibernate takes it whole.
	 * @param name the attribute name
	 * @return the join table, or {@code null}
	 */
	@Nullable JoinTable joinTable(String name) {
		return this.joinTables.get(name);
	}

	/**
	 * The {@code @Convert} an outer declaration applies to an attribute of the
	 * embeddable.
	 * @param name the attribute name
	 * @return the converter declaration, or {@code null}
	 */
	@Nullable Convert convert(String name) {
		return this.converts.get(name);
	}

	private static String strip(String name, String prefix) {
		return (!prefix.isEmpty() && name.startsWith(prefix)) ? name.substring(prefix.length()) : name;
	}

}
