package io.github.automigrate.mapping.jpa;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Set;

import io.github.automigrate.model.ColumnType;

/**
 * The Bean Validation constraints Hibernate applies to DDL when a provider is present, read by annotation name so
 * that Bean Validation stays optional: {@code @NotNull}, {@code @NotEmpty} and {@code @NotBlank} make the column NOT
 * NULL; {@code @Size(max)} on a string sets its length.
 */
final class BeanValidation {

	private static final Set<String> NOT_NULL = Set.of("jakarta.validation.constraints.NotNull",
			"jakarta.validation.constraints.NotEmpty", "jakarta.validation.constraints.NotBlank");

	private static final String SIZE = "jakarta.validation.constraints.Size";

	private BeanValidation() {
	}

	/** Whether the attribute carries a constraint that forbids null. */
	static boolean notNull(AnnotatedElement element) {
		for (Annotation annotation : element.getAnnotations()) {
			if (NOT_NULL.contains(annotation.annotationType().getName())) {
				return true;
			}
		}
		return false;
	}

	/** The type with the length of {@code @Size(max)}, for a string column with a length. */
	static ColumnType sized(AnnotatedElement element, Class<?> javaType, ColumnType type) {
		if (javaType != String.class || type.length() == null || type.definition() != null) {
			return type;
		}
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation.annotationType().getName().equals(SIZE)) {
				int max = max(annotation);
				return (max < Integer.MAX_VALUE) ? ColumnType.ofLength(type.kind(), max) : type;
			}
		}
		return type;
	}

	private static int max(Annotation size) {
		try {
			return (Integer) size.annotationType().getMethod("max").invoke(size);
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			return Integer.MAX_VALUE;
		}
	}

}
