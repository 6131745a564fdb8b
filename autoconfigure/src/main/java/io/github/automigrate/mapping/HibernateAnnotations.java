package io.github.automigrate.mapping;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.TypeKind;

/**
 * Hibernate's own annotations that shape DDL, read by class name so that Hibernate stays an optional dependency:
 * {@code @ColumnDefault} (the column's SQL default), {@code @Comment} (its comment), {@code @JdbcTypeCode} (JSON),
 * {@code @Formula}, whose attribute is computed by a query and has no column, {@code @NaturalId},
 * {@code @SoftDelete} (a column that marks deleted rows), {@code @Subselect} (an entity without a table), and
 * {@code @TenantId} and the timestamp generators, whose columns are NOT NULL.
 */
final class HibernateAnnotations {

	private static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";

	private static final String COMMENT = "org.hibernate.annotations.Comment";

	private static final String FORMULA = "org.hibernate.annotations.Formula";

	private static final String NATURAL_ID = "org.hibernate.annotations.NaturalId";

	private static final String SOFT_DELETE = "org.hibernate.annotations.SoftDelete";

	private static final String SUBSELECT = "org.hibernate.annotations.Subselect";

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

	/** Whether the entity is a {@code @Subselect}: read with a query, it has no table of its own. */
	static boolean isSubselect(Class<?> entity) {
		return has(entity, SUBSELECT);
	}

	/**
	 * The column {@code @SoftDelete} adds, as Hibernate's {@code SoftDeleteHelper} makes it.
	 * @param name the column name: the annotation's, else {@code active} or {@code deleted} by strategy
	 * @param timestamp whether it holds the time of deletion ({@code SoftDeleteType.TIMESTAMP}), nullable, rather
	 * than a flag
	 * @param active whether the flag says the row is active ({@code SoftDeleteType.ACTIVE}) rather than deleted
	 * @param converter the converter of the flag, or {@code null} for a plain boolean
	 */
	record SoftDelete(String name, boolean timestamp, boolean active, @Nullable Class<?> converter) {
	}

	/**
	 * The {@code @SoftDelete} on an element (a class, a package, an attribute), or {@code null}.
	 * @param element the annotated element
	 * @return the soft-delete column it asks for, or {@code null}
	 */
	static @Nullable SoftDelete softDelete(AnnotatedElement element) {
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation.annotationType().getName().equals(SOFT_DELETE)) {
				try {
					Class<?> type = annotation.annotationType();
					String strategy = ((Enum<?>) type.getMethod("strategy").invoke(annotation)).name();
					String column = (String) type.getMethod("columnName").invoke(annotation);
					Class<?> converter = (Class<?>) type.getMethod("converter").invoke(annotation);
					boolean active = strategy.equals("ACTIVE");
					return new SoftDelete(!column.isEmpty() ? column : active ? "active" : "deleted",
							strategy.equals("TIMESTAMP"), active,
							converter.getName().endsWith("$UnspecifiedConversion") ? null : converter);
				}
				catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | ClassCastException ex) {
					return null;
				}
			}
		}
		return null;
	}

	private static final String TENANT_ID = "org.hibernate.annotations.TenantId";

	private static final String CREATION_TIMESTAMP = "org.hibernate.annotations.CreationTimestamp";

	private static final String UPDATE_TIMESTAMP = "org.hibernate.annotations.UpdateTimestamp";

	private static final String CURRENT_TIMESTAMP = "org.hibernate.annotations.CurrentTimestamp";

	/**
	 * Whether Hibernate makes the attribute's column NOT NULL, whatever {@code @Column} says, because it always
	 * writes a value there: {@code @TenantId} (its binder makes the property non-optional), {@code @CreationTimestamp}
	 * and {@code @UpdateTimestamp}, and {@code @CurrentTimestamp} when it fires on insert (its default), as
	 * Hibernate's {@code CurrentTimestampGeneration} does.
	 */
	static boolean isAlwaysWritten(AnnotatedElement element) {
		if (has(element, TENANT_ID) || has(element, CREATION_TIMESTAMP) || has(element, UPDATE_TIMESTAMP)) {
			return true;
		}
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation.annotationType().getName().equals(CURRENT_TIMESTAMP)) {
				try {
					Object[] events = (Object[]) annotation.annotationType().getMethod("event").invoke(annotation);
					return java.util.Arrays.stream(events).anyMatch((event) -> ((Enum<?>) event).name().equals("INSERT"));
				}
				catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | ClassCastException ex) {
					return true;
				}
			}
		}
		return false;
	}

	private static final String COLLECTION_ID = "org.hibernate.annotations.CollectionId";

	private static final String COLLECTION_ID_JDBC_TYPE_CODE = "org.hibernate.annotations.CollectionIdJdbcTypeCode";

	private static final String COLLECTION_ID_JAVA_TYPE = "org.hibernate.annotations.CollectionIdJavaType";

	/**
	 * The identifier column Hibernate's {@code @CollectionId} gives a bag ("idbag"): the collection table's primary key.
	 * @param name the column name, empty when the annotation names none
	 * @param kind the column type, from {@code @CollectionIdJdbcTypeCode} or {@code @CollectionIdJavaType} (an
	 * integer type), or {@code null} when neither gives one AutoMigrate knows
	 */
	record CollectionId(String name, @Nullable TypeKind kind) {
	}

	/**
	 * The {@code @CollectionId} on a collection attribute, or {@code null}.
	 * @param element the annotated element
	 * @return its column, or {@code null}
	 */
	static @Nullable CollectionId collectionId(AnnotatedElement element) {
		String name = null;
		TypeKind kind = null;
		for (Annotation annotation : element.getAnnotations()) {
			String type = annotation.annotationType().getName();
			try {
				if (type.equals(COLLECTION_ID)) {
					name = ((jakarta.persistence.Column) annotation.annotationType().getMethod("column").invoke(annotation))
						.name();
				}
				else if (type.equals(COLLECTION_ID_JDBC_TYPE_CODE)) {
					int code = (Integer) annotation.annotationType().getMethod("value").invoke(annotation);
					kind = (code == java.sql.Types.BIGINT) ? TypeKind.BIGINT : (code == java.sql.Types.INTEGER)
							? TypeKind.INTEGER : (code == java.sql.Types.SMALLINT) ? TypeKind.SMALLINT : null;
				}
				else if (type.equals(COLLECTION_ID_JAVA_TYPE)) {
					String javaType = ((Class<?>) annotation.annotationType().getMethod("value").invoke(annotation))
						.getSimpleName();
					kind = javaType.equals("LongJavaType") ? TypeKind.BIGINT : javaType.equals("IntegerJavaType")
							? TypeKind.INTEGER : javaType.equals("ShortJavaType") ? TypeKind.SMALLINT : null;
				}
			}
			catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | ClassCastException ex) {
				// Left as unknown: the caller says what to do.
			}
		}
		return (name != null) ? new CollectionId(name, kind) : null;
	}

	private static final String ON_DELETE = "org.hibernate.annotations.OnDelete";

	/**
	 * The delete rule of Hibernate's {@code @OnDelete} on an association, a collection or a joined subclass, which
	 * Hibernate writes into the foreign key it makes there.
	 * @param element the annotated element
	 * @return the rule, {@code NO_ACTION} when there is no annotation
	 */
	static io.github.automigrate.model.ForeignKey.OnDelete onDelete(AnnotatedElement element) {
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation.annotationType().getName().equals(ON_DELETE)) {
				try {
					String action = ((Enum<?>) annotation.annotationType().getMethod("action").invoke(annotation)).name();
					return io.github.automigrate.model.ForeignKey.OnDelete.valueOf(action);
				}
				catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | ClassCastException
						| IllegalArgumentException ex) {
					return io.github.automigrate.model.ForeignKey.OnDelete.NO_ACTION;
				}
			}
		}
		return io.github.automigrate.model.ForeignKey.OnDelete.NO_ACTION;
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
