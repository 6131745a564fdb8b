package io.github.automigrate.mapping.jpa;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotationUtils;

import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.ForeignKey.OnDelete;
import io.github.automigrate.model.TypeKind;

/**
 * Hibernate's own annotations that shape DDL, read by class name so that Hibernate stays
 * an optional dependency: {@code @ColumnDefault} (the column's SQL default),
 * {@code @Comment} (its comment), {@code @JdbcTypeCode} (JSON), {@code @Formula}, whose
 * attribute is computed by a query and has no column, {@code @NaturalId},
 * {@code @SoftDelete} (a column that marks deleted rows), {@code @Subselect} (an entity
 * without a table), and {@code @TenantId} and the timestamp generators, whose columns are
 * NOT NULL.
 * <p>
 * Longer than most classes here: it is a catalogue: one small method per Hibernate
 * annotation that shapes DDL, each read by name.
 */
final class HibernateAnnotations {

	private static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";

	private static final String COMMENT = "org.hibernate.annotations.Comment";

	private static final String FORMULA = "org.hibernate.annotations.Formula";

	private static final String NATURAL_ID = "org.hibernate.annotations.NaturalId";

	private static final String JOIN_FORMULA = "org.hibernate.annotations.JoinFormula";

	private static final String JOIN_COLUMN_OR_FORMULA = "org.hibernate.annotations.JoinColumnOrFormula";

	private static final String JOIN_COLUMNS_OR_FORMULAS = "org.hibernate.annotations.JoinColumnsOrFormulas";

	private static final String NOT_FOUND = "org.hibernate.annotations.NotFound";

	private static final String SOFT_DELETE = "org.hibernate.annotations.SoftDelete";

	private static final String EMBEDDED_TABLE = "org.hibernate.annotations.EmbeddedTable";

	private static final String SUBSELECT = "org.hibernate.annotations.Subselect";

	private static final String ANY = "org.hibernate.annotations.Any";

	private static final String MANY_TO_ANY = "org.hibernate.annotations.ManyToAny";

	private HibernateAnnotations() {
	}

	/**
	 * Hibernate's association to entities of any type on the attribute: {@code "@Any"},
	 * {@code "@ManyToAny"} or {@code null}.
	 */
	static @Nullable String anyAssociation(AnnotatedElement element) {
		if (has(element, ANY)) {
			return "@Any";
		}
		return has(element, MANY_TO_ANY) ? "@ManyToAny" : null;
	}

	/**
	 * Whether the attribute is a {@code @Formula}: read with SQL, never stored, so it has
	 * no column. A {@code @Column} beside it wins, as in Hibernate, which then maps a
	 * column and ignores the formula.
	 */
	static boolean isFormula(AnnotatedElement element) {
		return has(element, FORMULA) && !element.isAnnotationPresent(Column.class);
	}

	/**
	 * Hibernate's join through a formula on the attribute: {@code "@JoinFormula"},
	 * {@code "@JoinColumnsOrFormulas"} (or a repeated {@code @JoinColumnOrFormula}) when
	 * one of its parts is a formula, or {@code null}.
	 */
	static @Nullable String joinFormula(AnnotatedElement element) {
		if (has(element, JOIN_FORMULA)) {
			return "@JoinFormula";
		}
		for (Annotation annotation : element.getAnnotations()) {
			String name = annotation.annotationType().getName();
			if ((name.equals(JOIN_COLUMNS_OR_FORMULAS) && hasFormulaPart((Object[]) attribute(annotation, "value")))
					|| (name.equals(JOIN_COLUMN_OR_FORMULA) && hasFormulaPart(new Object[] { annotation }))) {
				return "@JoinColumnsOrFormulas";
			}
		}
		return null;
	}

	/**
	 * The join columns of Hibernate's {@code @JoinColumnsOrFormulas} (or of a repeated
	 * {@code @JoinColumnOrFormula}) whose parts are all columns: Hibernate builds them as
	 * it builds {@code @JoinColumns}. Empty when there is none, or when a part is a
	 * formula (refused before).
	 */
	static List<JoinColumn> joinColumnsOrFormulasColumns(AnnotatedElement element) {
		for (Annotation annotation : element.getAnnotations()) {
			String name = annotation.annotationType().getName();
			Object[] parts = name.equals(JOIN_COLUMNS_OR_FORMULAS) ? (Object[]) attribute(annotation, "value")
					: name.equals(JOIN_COLUMN_OR_FORMULA) ? new Object[] { annotation } : null;
			if (parts != null && parts.length > 0 && !hasFormulaPart(parts)) {
				List<JoinColumn> columns = new ArrayList<>();
				for (Object part : parts) {
					columns.add((JoinColumn) attribute((Annotation) part, "column"));
				}
				return List.copyOf(columns);
			}
		}
		return List.of();
	}

	private static boolean hasFormulaPart(Object[] parts) {
		for (Object part : parts) {
			Object formula = attribute((Annotation) part, "formula");
			if (formula != null && !String.valueOf(attribute((Annotation) formula, "value")).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Object attribute(Annotation annotation, String name) {
		return AnnotationUtils.getValue(annotation, name);
	}

	/**
	 * Whether the attribute is part of the entity's {@code @NaturalId}, whose columns
	 * Hibernate makes unique together.
	 */
	static boolean isNaturalId(AnnotatedElement element) {
		return has(element, NATURAL_ID);
	}

	/**
	 * Whether a missing target of the association is allowed ({@code @NotFound}): then it
	 * has no foreign key.
	 */
	static boolean isNotFound(AnnotatedElement element) {
		return has(element, NOT_FOUND);
	}

	/**
	 * The table an embedded attribute's {@code @EmbeddedTable} (Hibernate 7.2) puts all
	 * its columns into, one of the entity's secondary tables, or {@code null}.
	 */
	static @Nullable String embeddedTable(AnnotatedElement element) {
		Annotation embeddedTable = find(element, EMBEDDED_TABLE);
		return (embeddedTable != null) ? String.valueOf(attribute(embeddedTable, "value")) : null;
	}

	/**
	 * Whether the entity is a {@code @Subselect}: read with a query, it has no table of
	 * its own.
	 */
	static boolean isSubselect(Class<?> entity) {
		return has(entity, SUBSELECT);
	}

	/**
	 * The {@code @SoftDelete} on an element (a class, a package, an attribute), or
	 * {@code null}.
	 * @param element the annotated element
	 * @return the soft-delete column it asks for, or {@code null}
	 */
	static @Nullable SoftDelete softDelete(AnnotatedElement element) {
		Annotation annotation = find(element, SOFT_DELETE);
		if (annotation == null) {
			return null;
		}
		String strategy = (AnnotationUtils.getValue(annotation, "strategy") instanceof Enum<?> value) ? value.name()
				: "DELETED";
		String column = (AnnotationUtils.getValue(annotation, "columnName") instanceof String name) ? name : "";
		Class<?> converter = (AnnotationUtils.getValue(annotation, "converter") instanceof Class<?> type) ? type : null;
		boolean active = strategy.equals("ACTIVE");
		return new SoftDelete(!column.isEmpty() ? column : active ? "active" : "deleted", strategy.equals("TIMESTAMP"),
				active,
				(converter == null || converter.getName().endsWith("$UnspecifiedConversion")) ? null : converter);
	}

	private static final String TENANT_ID = "org.hibernate.annotations.TenantId";

	private static final String CREATION_TIMESTAMP = "org.hibernate.annotations.CreationTimestamp";

	private static final String UPDATE_TIMESTAMP = "org.hibernate.annotations.UpdateTimestamp";

	private static final String CURRENT_TIMESTAMP = "org.hibernate.annotations.CurrentTimestamp";

	/**
	 * Whether Hibernate makes the attribute's column NOT NULL, whatever {@code @Column}
	 * says, because it always writes a value there: {@code @TenantId} (its binder makes
	 * the property non-optional), {@code @CreationTimestamp} and
	 * {@code @UpdateTimestamp}, and {@code @CurrentTimestamp} when it fires on insert
	 * (its default), as Hibernate's {@code CurrentTimestampGeneration} does.
	 */
	static boolean isAlwaysWritten(AnnotatedElement element) {
		if (has(element, TENANT_ID) || has(element, CREATION_TIMESTAMP) || has(element, UPDATE_TIMESTAMP)) {
			return true;
		}
		Annotation currentTimestamp = find(element, CURRENT_TIMESTAMP);
		if (currentTimestamp == null) {
			return false;
		}
		// Its default fires on insert and update; an unreadable value is taken as that
		// default.
		return !(AnnotationUtils.getValue(currentTimestamp, "event") instanceof Object[] events)
				|| Arrays.stream(events)
					.anyMatch((event) -> event instanceof Enum<?> value && value.name().equals("INSERT"));
	}

	private static final String COLLECTION_ID = "org.hibernate.annotations.CollectionId";

	private static final String COLLECTION_ID_JDBC_TYPE_CODE = "org.hibernate.annotations.CollectionIdJdbcTypeCode";

	private static final String COLLECTION_ID_JAVA_TYPE = "org.hibernate.annotations.CollectionIdJavaType";

	/**
	 * The {@code @CollectionId} on a collection attribute, or {@code null}.
	 * @param element the annotated element
	 * @return its column, or {@code null}
	 */
	static @Nullable CollectionId collectionId(AnnotatedElement element) {
		Annotation collectionId = find(element, COLLECTION_ID);
		if (collectionId == null) {
			return null;
		}
		String name = (AnnotationUtils.getValue(collectionId, "column") instanceof jakarta.persistence.Column column)
				? column.name() : "";
		TypeKind kind = null;
		if (value(element, COLLECTION_ID_JDBC_TYPE_CODE) instanceof Integer code) {
			kind = switch (code) {
				case Types.BIGINT -> TypeKind.BIGINT;
				case Types.INTEGER -> TypeKind.INTEGER;
				case Types.SMALLINT -> TypeKind.SMALLINT;
				default -> null;
			};
		}
		else if (value(element, COLLECTION_ID_JAVA_TYPE) instanceof Class<?> javaType) {
			kind = switch (javaType.getSimpleName()) {
				case "LongJavaType" -> TypeKind.BIGINT;
				case "IntegerJavaType" -> TypeKind.INTEGER;
				case "ShortJavaType" -> TypeKind.SMALLINT;
				default -> null;
			};
		}
		Object generator = AnnotationUtils.getValue(collectionId, "generator");
		return new CollectionId(name, kind, (generator instanceof String named) ? named : "");
	}

	private static final String ON_DELETE = "org.hibernate.annotations.OnDelete";

	/**
	 * The delete rule of Hibernate's {@code @OnDelete} on an association, a collection or
	 * a joined subclass, which Hibernate writes into the foreign key it makes there.
	 * @param element the annotated element
	 * @return what gives a foreign key made there that rule ({@code NO_ACTION} when there
	 * is no annotation)
	 */
	static UnaryOperator<ForeignKey> onDeleteOf(AnnotatedElement element) {
		OnDelete rule = onDelete(element);
		return (foreignKey) -> foreignKey.withOnDelete(rule);
	}

	private static OnDelete onDelete(AnnotatedElement element) {
		if (value(element, ON_DELETE, "action") instanceof Enum<?> action) {
			try {
				return OnDelete.valueOf(action.name());
			}
			catch (IllegalArgumentException ex) {
				// An action newer than AutoMigrate: the database's own default.
			}
		}
		return OnDelete.NO_ACTION;
	}

	private static boolean has(AnnotatedElement element, String annotationName) {
		return find(element, annotationName) != null;
	}

	/** The annotation of that type name on the element, or {@code null}. */
	static @Nullable Annotation find(AnnotatedElement element, String annotationName) {
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation.annotationType().getName().equals(annotationName)) {
				return annotation;
			}
		}
		return null;
	}

	/**
	 * An attribute of the annotation of that type name on the element, or {@code null}
	 * (none, or unreadable).
	 */
	private static @Nullable Object value(AnnotatedElement element, String annotationName, String attribute) {
		Annotation annotation = find(element, annotationName);
		return (annotation != null) ? AnnotationUtils.getValue(annotation, attribute) : null;
	}

	private static @Nullable Object value(AnnotatedElement element, String annotationName) {
		return value(element, annotationName, "value");
	}

	/** The SQL default of {@code @ColumnDefault}, or {@code null}. */
	static @Nullable String columnDefault(AnnotatedElement element) {
		return text(element, COLUMN_DEFAULT);
	}

	/** The text of {@code @Comment}, or {@code null}. */
	static @Nullable String comment(AnnotatedElement element) {
		return text(element, COMMENT);
	}

	/** Hibernate's JSON type code ({@code SqlTypes.JSON}). */
	static final int JSON = 3001;

	private static final String JDBC_TYPE_CODE = "org.hibernate.annotations.JdbcTypeCode";

	/** The type code of {@code @JdbcTypeCode}, or {@code null}. */
	static @Nullable Integer jdbcTypeCode(AnnotatedElement element) {
		return (value(element, JDBC_TYPE_CODE) instanceof Integer code) ? code : null;
	}

	private static @Nullable String text(AnnotatedElement element, String annotationName) {
		return (value(element, annotationName) instanceof String text && !text.isEmpty()) ? text : null;
	}

	/**
	 * The column {@code @SoftDelete} adds, as Hibernate's {@code SoftDeleteHelper} makes
	 * it.
	 *
	 * @param name the column name: the annotation's, else {@code active} or
	 * {@code deleted} by strategy
	 * @param timestamp whether it holds the time of deletion
	 * ({@code SoftDeleteType.TIMESTAMP}), nullable, rather than a flag
	 * @param active whether the flag says the row is active
	 * ({@code SoftDeleteType.ACTIVE}) rather than deleted
	 * @param converter the converter of the flag, or {@code null} for a plain boolean
	 */
	record SoftDelete(String name, boolean timestamp, boolean active, @Nullable Class<?> converter) {
	}

	/**
	 * The identifier column Hibernate's {@code @CollectionId} gives a bag ("idbag"): the
	 * collection table's primary key.
	 *
	 * @param name the column name, empty when the annotation names none
	 * @param kind the column type, from {@code @CollectionIdJdbcTypeCode} or
	 * {@code @CollectionIdJavaType} (an integer type), or {@code null} when neither gives
	 * one AutoMigrate knows
	 * @param generator the name of the generator its values come from, or empty
	 */
	record CollectionId(String name, @Nullable TypeKind kind, String generator) {
	}

}
