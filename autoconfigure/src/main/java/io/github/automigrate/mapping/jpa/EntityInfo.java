package io.github.automigrate.mapping.jpa;

import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.TableName;

/**
 * What the mapping needs to know of one entity class before reading its attributes: its
 * names, its place in an inheritance hierarchy, and the table its own attributes go to.
 *
 * @param type the entity class
 * @param entityName the JPA entity name
 * @param root the root entity of its hierarchy (itself when it has no entity superclass)
 * @param parent its nearest entity superclass, or {@code null} for a root
 * @param strategy the hierarchy's inheritance strategy
 * @param table the table its own attributes go to
 * @param access its hierarchy's access type
 */
record EntityInfo(Class<?> type, String entityName, Class<?> root, @Nullable Class<?> parent, InheritanceType strategy,
		TableName table, AccessType access) {

	boolean isRoot() {
		return this.parent == null;
	}

	/**
	 * Whether the entity has a table of its own (an abstract class in a table-per-class
	 * hierarchy has none).
	 */
	boolean hasOwnTable() {
		if (this.strategy == InheritanceType.SINGLE_TABLE) {
			return isRoot();
		}
		return !(this.strategy == InheritanceType.TABLE_PER_CLASS
				&& java.lang.reflect.Modifier.isAbstract(this.type.getModifiers()));
	}

	/**
	 * The JPA entity name: {@code @Entity(name)}, else the class name without its
	 * package, as Hibernate takes it (a nested class keeps its outer class:
	 * {@code Outer$Inner}).
	 */
	static String entityName(Class<?> type) {
		Entity entity = type.getAnnotation(Entity.class);
		if (entity != null && !entity.name().isEmpty()) {
			return entity.name();
		}
		String name = type.getName();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	static @Nullable Class<?> parentEntity(Class<?> type) {
		for (Class<?> parent = type.getSuperclass(); parent != null
				&& parent != Object.class; parent = parent.getSuperclass()) {
			if (parent.isAnnotationPresent(Entity.class)) {
				return parent;
			}
		}
		return null;
	}

	static Class<?> rootEntity(Class<?> type) {
		Class<?> root = type;
		for (Class<?> parent = parentEntity(type); parent != null; parent = parentEntity(parent)) {
			root = parent;
		}
		return root;
	}

	static InheritanceType strategy(Class<?> root) {
		Inheritance inheritance = root.getAnnotation(Inheritance.class);
		return (inheritance != null) ? inheritance.strategy() : InheritanceType.SINGLE_TABLE;
	}

}
