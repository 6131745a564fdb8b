package io.github.automigrate.mapping.jpa;

import java.beans.Introspector;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;

/**
 * Lists the persistent attributes of entities, mapped superclasses and embeddables, the
 * way JPA decides them: field access unless the identifier is annotated on a getter or
 * {@code @Access} says otherwise; {@code static}, {@code transient} and
 * {@code @Transient} members are skipped.
 */
final class ManagedTypes {

	private ManagedTypes() {
	}

	/**
	 * The attributes a class declares itself, with those of the mapped superclasses
	 * between it and its nearest entity superclass (theirs first).
	 * @param type an entity or embeddable class
	 * @param access the access type of its hierarchy
	 * @return the attributes
	 */
	static List<Attribute> declaredAttributes(Class<?> type, AccessType access) {
		Deque<Class<?>> classes = new ArrayDeque<>();
		classes.push(type);
		for (Class<?> parent = type.getSuperclass(); parent != null && parent != Object.class
				&& !parent.isAnnotationPresent(Entity.class); parent = parent.getSuperclass()) {
			if (parent.isAnnotationPresent(MappedSuperclass.class)) {
				classes.push(parent);
			}
		}
		List<Attribute> attributes = new ArrayList<>();
		for (Class<?> declaring : classes) {
			attributes.addAll(ownAttributes(declaring, type, access));
		}
		return attributes;
	}

	/**
	 * The access type of a hierarchy: {@code @Access} on the class; else, as Hibernate 7
	 * infers it, where an {@code @Id} or {@code @EmbeddedId} without an {@code @Access}
	 * of its own sits, else where the entity's other mapping annotations sit (fields
	 * first); else where any {@code @Id} sits; else field access.
	 * @param type an entity or embeddable class
	 * @param inherited the access type of the enclosing entity, for an embeddable, or
	 * {@code null}
	 * @return the access type
	 */
	static AccessType accessType(Class<?> type, @Nullable AccessType inherited) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			Access access = current.getAnnotation(Access.class);
			if (access != null) {
				return access.value();
			}
		}
		AccessType inferred = inferredFromMembers(type);
		if (inferred != null) {
			return inferred;
		}
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : declaredFields(current)) {
				if (isIdentifier(field)) {
					return AccessType.FIELD;
				}
			}
			for (Method method : current.getDeclaredMethods()) {
				if (isIdentifier(method)) {
					return AccessType.PROPERTY;
				}
			}
		}
		return (inherited != null) ? inherited : AccessType.FIELD;
	}

	/**
	 * An entity's access type as its members show it, when its identifier carries an
	 * {@code @Access} of its own (so does not say): the placement of an identifier
	 * without one, else of the first mapping annotation (a {@code jakarta.persistence}
	 * one other than {@code @Access}, {@code @Transient} and the callbacks) on a member
	 * without {@code @Access}, fields before getters; {@code null} when neither says.
	 */
	private static @Nullable AccessType inferredFromMembers(Class<?> type) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			if (!current.isAnnotationPresent(Entity.class) && !current.isAnnotationPresent(MappedSuperclass.class)) {
				continue;
			}
			for (Method method : current.getDeclaredMethods()) {
				if (propertyName(method) != null && isIdentifier(method) && accessOf(method) == null) {
					return AccessType.PROPERTY;
				}
			}
			for (Field field : declaredFields(current)) {
				if (isIdentifier(field) && accessOf(field) == null) {
					return AccessType.FIELD;
				}
			}
		}
		if (!type.isAnnotationPresent(Entity.class)) {
			return null;
		}
		for (Field field : declaredFields(type)) {
			if (accessOf(field) == null && hasMappingAnnotation(field)) {
				return AccessType.FIELD;
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (propertyName(method) != null && accessOf(method) == null && hasMappingAnnotation(method)) {
				return AccessType.PROPERTY;
			}
		}
		return null;
	}

	private static final java.util.Set<String> NOT_MAPPING = java.util.Set.of("jakarta.persistence.Access",
			"jakarta.persistence.Transient", "jakarta.persistence.PostLoad", "jakarta.persistence.PostPersist",
			"jakarta.persistence.PostRemove", "jakarta.persistence.PostUpdate", "jakarta.persistence.PrePersist",
			"jakarta.persistence.PreRemove", "jakarta.persistence.PreUpdate");

	private static boolean hasMappingAnnotation(AnnotatedElement element) {
		if (element.isAnnotationPresent(Transient.class)) {
			return false;
		}
		for (java.lang.annotation.Annotation annotation : element.getDeclaredAnnotations()) {
			String name = annotation.annotationType().getName();
			if (name.startsWith("jakarta.persistence.") && !NOT_MAPPING.contains(name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isIdentifier(AnnotatedElement element) {
		return element.isAnnotationPresent(Id.class) || element.isAnnotationPresent(EmbeddedId.class);
	}

	private static List<Attribute> ownAttributes(Class<?> declaring, Class<?> resolvingAgainst, AccessType access) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		ResolvableType owner = ResolvableType.forClass(resolvingAgainst);
		List<Field> fields = declaredFields(declaring);
		for (Field field : fields) {
			int modifiers = field.getModifiers();
			boolean explicit = accessOf(field) == AccessType.FIELD;
			if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
					|| field.isAnnotationPresent(Transient.class) || HibernateAnnotations.isFormula(field)
					|| (access != AccessType.FIELD && !explicit)) {
				continue;
			}
			attributes.put(field.getName(),
					new Attribute(field.getName(), field, ResolvableType.forField(field, owner), resolvingAgainst));
		}
		for (Method method : declaring.getDeclaredMethods()) {
			// Under field access only an explicit @Access(PROPERTY) getter counts: the
			// name is not worked out for others.
			if (access != AccessType.PROPERTY && accessOf(method) != AccessType.PROPERTY) {
				continue;
			}
			String property = propertyName(method);
			if (property == null || method.isAnnotationPresent(Transient.class)
					|| HibernateAnnotations.isFormula(method) || isTransientField(declaring, property)) {
				continue;
			}
			attributes.put(property, new Attribute(property, method,
					ResolvableType.forMethodReturnType(method, resolvingAgainst), resolvingAgainst));
		}
		return inDeclarationOrder(fields, attributes.values());
	}

	/**
	 * The attributes in the order the class declares the fields of their names, those
	 * without such a field after them by name: getDeclaredFields() follows the source on
	 * HotSpot, getDeclaredMethods() has no fixed order (it changes from run to run), and
	 * the column order must not.
	 */
	private static List<Attribute> inDeclarationOrder(List<Field> fields, java.util.Collection<Attribute> attributes) {
		Map<String, Integer> fieldOrder = new java.util.HashMap<>();
		for (Field field : fields) {
			fieldOrder.putIfAbsent(field.getName(), fieldOrder.size());
		}
		List<Attribute> ordered = new ArrayList<>(attributes);
		ordered.sort(java.util.Comparator
			.comparing((Attribute attribute) -> fieldOrder.getOrDefault(attribute.name(), Integer.MAX_VALUE))
			.thenComparing((attribute) -> fieldOrder.containsKey(attribute.name()) ? "" : attribute.name()));
		return ordered;
	}

	/**
	 * A class's own fields, in {@code getDeclaredFields()} order, from Spring's cache of
	 * them: that method copies every field each call, and a class is asked several times
	 * in a read.
	 * @param type the class
	 * @return its declared fields
	 */
	static List<Field> declaredFields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		ReflectionUtils.doWithLocalFields(type, fields::add);
		return fields;
	}

	private static boolean isTransientField(Class<?> declaring, String property) {
		Field field = ReflectionUtils.findField(declaring, property);
		return field != null && field.isAnnotationPresent(Transient.class);
	}

	private static @Nullable AccessType accessOf(AnnotatedElement element) {
		Access access = element.getAnnotation(Access.class);
		return (access != null) ? access.value() : null;
	}

	private static @Nullable String propertyName(Method method) {
		if (Modifier.isStatic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
				|| method.getParameterCount() != 0 || method.getReturnType() == void.class) {
			return null;
		}
		String name = method.getName();
		if (name.startsWith("get") && name.length() > 3) {
			return Introspector.decapitalize(name.substring(3));
		}
		if (name.startsWith("is") && name.length() > 2
				&& (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
			return Introspector.decapitalize(name.substring(2));
		}
		return null;
	}

}
