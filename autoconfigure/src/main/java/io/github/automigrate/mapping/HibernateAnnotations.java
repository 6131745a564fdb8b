package io.github.automigrate.mapping;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;

import org.jspecify.annotations.Nullable;

/**
 * Hibernate's own annotations that shape DDL, read by class name so that Hibernate stays an optional dependency:
 * {@code @ColumnDefault} (the column's SQL default), {@code @Comment} (its comment), {@code @JdbcTypeCode} (JSON),
 * {@code @Formula}, whose attribute is computed by a query and has no column, and {@code @NaturalId}.
 */
final class HibernateAnnotations {

	private static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";

	private static final String COMMENT = "org.hibernate.annotations.Comment";

	private static final String FORMULA = "org.hibernate.annotations.Formula";

	private static final String NATURAL_ID = "org.hibernate.annotations.NaturalId";

	private HibernateAnnotations() {
	}

	/** Whether the attribute is a {@code @Formula}: read with SQL, never stored, so it has no column. */
	static boolean isFormula(AnnotatedElement element) {
		return has(element, FORMULA);
	}

	/** Whether the attribute is part of the entity's {@code @NaturalId}, whose columns Hibernate makes unique together. */
	static boolean isNaturalId(AnnotatedElement element) {
		return has(element, NATURAL_ID);
	}

	private static boolean has(AnnotatedElement element, String annotationName) {
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation.annotationType().getName().equals(annotationName)) {
				return true;
			}
		}
		return false;
	}

	/** The SQL default of {@code @ColumnDefault}, or {@code null}. */
	static @Nullable String columnDefault(AnnotatedElement element) {
		return text(element, COLUMN_DEFAULT, "value");
	}

	/** The text of {@code @Comment}, or {@code null}. */
	static @Nullable String comment(AnnotatedElement element) {
		return text(element, COMMENT, "value");
	}

	/** Hibernate's JSON type code ({@code SqlTypes.JSON}). */
	static final int JSON = 3001;

	private static final String JDBC_TYPE_CODE = "org.hibernate.annotations.JdbcTypeCode";

	/** The type code of {@code @JdbcTypeCode}, or {@code null}. */
	static @Nullable Integer jdbcTypeCode(AnnotatedElement element) {
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation.annotationType().getName().equals(JDBC_TYPE_CODE)) {
				try {
					return (Integer) annotation.annotationType().getMethod("value").invoke(annotation);
				}
				catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | ClassCastException ex) {
					return null;
				}
			}
		}
		return null;
	}

	private static @Nullable String text(AnnotatedElement element, String annotationName, String attribute) {
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation.annotationType().getName().equals(annotationName)) {
				try {
					Object value = annotation.annotationType().getMethod(attribute).invoke(annotation);
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
