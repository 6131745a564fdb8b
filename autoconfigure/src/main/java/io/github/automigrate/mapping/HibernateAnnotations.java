package io.github.automigrate.mapping;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;

import org.jspecify.annotations.Nullable;

/**
 * Hibernate's own annotations that shape DDL, read by class name so that Hibernate stays an optional dependency:
 * {@code @ColumnDefault} (the column's SQL default) and {@code @Comment} (its comment).
 */
final class HibernateAnnotations {

	private static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";

	private static final String COMMENT = "org.hibernate.annotations.Comment";

	private HibernateAnnotations() {
	}

	/** The SQL default of {@code @ColumnDefault}, or {@code null}. */
	static @Nullable String columnDefault(AnnotatedElement element) {
		return value(element, COLUMN_DEFAULT);
	}

	/** The text of {@code @Comment}, or {@code null}. */
	static @Nullable String comment(AnnotatedElement element) {
		return value(element, COMMENT);
	}

	private static @Nullable String value(AnnotatedElement element, String annotationName) {
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation.annotationType().getName().equals(annotationName)) {
				try {
					Object value = annotation.annotationType().getMethod("value").invoke(annotation);
					return (value instanceof String text && !text.isEmpty()) ? text : null;
				}
				catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
					return null;
				}
			}
		}
		return null;
	}

}
