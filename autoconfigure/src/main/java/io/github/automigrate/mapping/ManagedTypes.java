package io.github.automigrate.mapping;

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
import jakarta.persistence.Entity;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;

/**
 * Lists the persistent attributes of entities, mapped superclasses and embeddables, the way JPA decides them: field
 * access unless the identifier is annotated on a getter or {@code @Access} says otherwise; {@code static},
 * {@code transient} and {@code @Transient} members are skipped.
 */
final class ManagedTypes {

	private ManagedTypes() {
	}

	/**
	 * The attributes a class declares itself, with those of the mapped superclasses between it and its nearest
	 * entity superclass (theirs first).
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
	 * The access type of a hierarchy: {@code @Access} on the class, else where {@code @Id} or {@code @EmbeddedId}
	 * sits in it, else field access.
	 * @param type an entity or embeddable class
	 * @param inherited the access type of the enclosing entity, for an embeddable, or {@code null}
	 * @return the access type
	 */
	static AccessType accessType(Class<?> type, @Nullable AccessType inherited) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			Access access = current.getAnnotation(Access.class);
			if (access != null) {
				return access.value();
			}
		}
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
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

	private static boolean isIdentifier(AnnotatedElement element) {
		return element.isAnnotationPresent(Id.class) || element.isAnnotationPresent(EmbeddedId.class);
	}

	private static List<Attribute> ownAttributes(Class<?> declaring, Class<?> resolvingAgainst, AccessType access) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		ResolvableType owner = ResolvableType.forClass(resolvingAgainst);
		for (Field field : declaring.getDeclaredFields()) {
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
			String property = propertyName(method);
			boolean explicit = accessOf(method) == AccessType.PROPERTY;
			if (property == null || method.isAnnotationPresent(Transient.class) || HibernateAnnotations.isFormula(method)
					|| (access != AccessType.PROPERTY && !explicit) || isTransientField(declaring, property)) {
				continue;
			}
			attributes.put(property, new Attribute(property, method,
					ResolvableType.forMethodReturnType(method, resolvingAgainst), resolvingAgainst));
		}
		return inDeclarationOrder(declaring, attributes.values());
	}

	/**
	 * The attributes in the order the class declares the fields of their names, those without such a field after
	 * them by name: getDeclaredFields() follows the source on HotSpot, getDeclaredMethods() has no fixed order (it
	 * changes from run to run), and the column order must not.
	 */
	private static List<Attribute> inDeclarationOrder(Class<?> declaring, java.util.Collection<Attribute> attributes) {
		Map<String, Integer> fieldOrder = new java.util.HashMap<>();
		for (Field field : declaring.getDeclaredFields()) {
			fieldOrder.putIfAbsent(field.getName(), fieldOrder.size());
		}
		List<Attribute> ordered = new ArrayList<>(attributes);
		ordered.sort(java.util.Comparator
			.comparing((Attribute attribute) -> fieldOrder.getOrDefault(attribute.name(), Integer.MAX_VALUE))
			.thenComparing((attribute) -> fieldOrder.containsKey(attribute.name()) ? "" : attribute.name()));
		return ordered;
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
