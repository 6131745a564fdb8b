package io.github.automigrate.aot;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Converts;
import jakarta.persistence.IdClass;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.core.ResolvableType;

/**
 * Registers for reflection what the mapping reads of an entity or converter class: its fields, methods and their
 * annotations and generic types, along its superclasses, and the same of every type it reaches through them
 * (embeddables, {@code @IdClass} and converter classes, enums, the targets of relationships). Only members are read,
 * never values: a native image needs them listed.
 */
final class MappedTypeHints {

	// Spring 7 (Spring Boot 4) treats introspection as implied by a registered type; Spring 6.2 (Spring Boot 3.5)
	// writes these categories out, and both have them.
	@SuppressWarnings("deprecation")
	static final MemberCategory[] READ_MEMBERS = { MemberCategory.DECLARED_FIELDS,
			MemberCategory.INTROSPECT_DECLARED_METHODS, MemberCategory.INTROSPECT_PUBLIC_METHODS,
			MemberCategory.INTROSPECT_DECLARED_CONSTRUCTORS };

	private final ReflectionHints reflection;

	private final Set<Class<?>> registered = new HashSet<>();

	MappedTypeHints(ReflectionHints reflection) {
		this.reflection = reflection;
	}

	/**
	 * Registers a class, and what the mapping reaches from it.
	 * @param type an entity, mapped superclass, embeddable or converter class
	 */
	void register(@Nullable Class<?> type) {
		if (type == null || type.isPrimitive() || type.getName().startsWith("java.") || !this.registered.add(type)) {
			return;
		}
		if (type.isArray()) {
			register(type.getComponentType());
			return;
		}
		this.reflection.registerType(type, READ_MEMBERS);
		register(type.getSuperclass());
		for (Class<?> implemented : type.getInterfaces()) {
			// A converter's AttributeConverter<X, Y> gives its column type.
			register(implemented);
		}
		IdClass idClass = type.getAnnotation(IdClass.class);
		if (idClass != null) {
			register(idClass.value());
		}
		converters(type);
		for (Field field : type.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers())) {
				converters(field);
				reached(ResolvableType.forField(field));
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (method.getParameterCount() == 0 && method.getReturnType() != void.class
					&& !Modifier.isStatic(method.getModifiers())) {
				converters(method);
				reached(ResolvableType.forMethodReturnType(method));
			}
		}
	}

	/** A member's type and its type arguments (a collection's elements, a map's keys and values). */
	private void reached(ResolvableType type) {
		register(type.resolve());
		for (ResolvableType generic : type.getGenerics()) {
			reached(generic);
		}
	}

	private void converters(AnnotatedElement element) {
		Convert convert = element.getAnnotation(Convert.class);
		if (convert != null) {
			register(convert.converter());
		}
		Converts converts = element.getAnnotation(Converts.class);
		if (converts != null) {
			for (Convert each : converts.value()) {
				register(each.converter());
			}
		}
	}

}
