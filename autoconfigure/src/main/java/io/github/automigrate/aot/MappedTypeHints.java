package io.github.automigrate.aot;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Registers for reflection what the mapping reads of an entity or converter class: its
 * fields, methods and their annotations and generic types, along its superclasses, and
 * the same of every type it reaches through them (embeddables, enums, the targets of
 * relationships, and the classes JPA's and Hibernate's annotations name:
 * {@code @IdClass}, converters, {@code targetEntity}, …). Only members are read, never
 * values: a native image needs them listed.
 */
final class MappedTypeHints {

	// Spring 7 (Spring Boot 4) treats introspection as implied by a registered type;
	// Spring 6.2 (Spring Boot 3.5) writes these categories out, and both have them.
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
		namedByAnnotations(type);
		for (Field field : type.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers())) {
				namedByAnnotations(field);
				reached(ResolvableType.forField(field));
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (method.getParameterCount() == 0 && method.getReturnType() != void.class
					&& !Modifier.isStatic(method.getModifiers())) {
				namedByAnnotations(method);
				reached(ResolvableType.forMethodReturnType(method));
			}
		}
	}

	/**
	 * A member's type and its type arguments (a collection's elements, a map's keys and
	 * values).
	 */
	private void reached(ResolvableType type) {
		register(type.resolve());
		for (ResolvableType generic : type.getGenerics()) {
			reached(generic);
		}
	}

	/**
	 * The classes that JPA's and Hibernate's annotations name: {@code @IdClass},
	 * {@code @Convert(converter)}, {@code targetEntity}, {@code targetClass},
	 * {@code @MapKeyClass}, also inside {@code @Converts} and the like.
	 */
	private void namedByAnnotations(AnnotatedElement element) {
		for (Annotation annotation : element.getDeclaredAnnotations()) {
			String name = annotation.annotationType().getName();
			if (name.startsWith("jakarta.persistence.") || name.startsWith("org.hibernate.annotations.")) {
				namedBy(annotation);
			}
		}
	}

	private void namedBy(Annotation annotation) {
		for (Object value : AnnotationUtils.getAnnotationAttributes(annotation).values()) {
			Object[] values = (value instanceof Object[] array) ? array : new Object[] { value };
			for (Object each : values) {
				if (each instanceof Class<?> named && named != void.class) {
					register(named);
				}
				else if (each instanceof Annotation nested) {
					namedBy(nested);
				}
			}
		}
	}

}
