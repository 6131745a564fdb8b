package io.github.automigrate.mapping.jpa;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.ColumnType;

/**
 * The column of a basic attribute: its name, its type (through a converter where one
 * applies), its nullability.
 */
final class BasicColumns {

	private final MappingContext context;

	BasicColumns(MappingContext context) {
		this.context = context;
	}

	/**
	 * The column of a basic attribute.
	 * @param attribute the attribute
	 * @param override the {@code @Column} of an {@code @AttributeOverride}, or
	 * {@code null}
	 * @param id whether the column belongs to the primary key
	 * @param forceNullable whether a primitive's column must accept null (a subclass's
	 * column in a single-table hierarchy)
	 * @return the column
	 */
	io.github.automigrate.model.Column column(Attribute attribute, @Nullable Column override, boolean id,
			boolean forceNullable) {
		return column(attribute, override, null, id, forceNullable);
	}

	/**
	 * The column of a basic attribute inside an embeddable, whose embedding may apply a
	 * converter to it.
	 * @param attribute the attribute
	 * @param override the {@code @Column} of an {@code @AttributeOverride} in force, or
	 * {@code null}
	 * @param convert the {@code @Convert(attributeName = ...)} in force, or {@code null}
	 * @param id whether the column belongs to the primary key
	 * @param forceNullable whether a primitive's column must accept null
	 * @return the column
	 */
	io.github.automigrate.model.Column column(Attribute attribute, @Nullable Column override, @Nullable Convert convert,
			boolean id, boolean forceNullable) {
		return column(attribute, override, convert, id, forceNullable, BeanValidation.Cascade.of(attribute));
	}

	/**
	 * The column of a basic attribute, with the Bean Validation constraints that reach it
	 * through its embeddings.
	 * @param attribute the attribute
	 * @param override the {@code @Column} of an {@code @AttributeOverride} in force, or
	 * {@code null}
	 * @param convert the {@code @Convert(attributeName = ...)} in force, or {@code null}
	 * @param id whether the column belongs to the primary key
	 * @param forceNullable whether a primitive's column must accept null
	 * @param validation which of the attribute's constraints Hibernate applies
	 * @return the column
	 */
	io.github.automigrate.model.Column column(Attribute attribute, @Nullable Column override, @Nullable Convert convert,
			boolean id, boolean forceNullable, BeanValidation.Cascade validation) {
		Column column = (override != null) ? override : attribute.annotation(Column.class);
		Class<?> javaType = attribute.javaType();
		ColumnType type = type(attribute, javaType, column, convert);
		boolean nullable = !id && !attribute.has(Version.class) && nullable(attribute, column, forceNullable)
				&& (forceNullable || !HibernateAnnotations.isAlwaysWritten(attribute.element()));
		// Hibernate applies an embeddable's constraints only through @Valid embeddings,
		// and leaves a single-table subclass's columns nullable, whatever the constraint.
		if (this.context.beanValidation && validation.applies()) {
			nullable = nullable && (forceNullable || !validation.notNull()
					|| !BeanValidation.notNull(attribute, this.context.validationGroups));
			type = BeanValidation.sized(attribute, this.context.validationGroups, javaType, type);
		}
		GeneratedValue generated = id ? attribute.annotation(GeneratedValue.class) : null;
		boolean identity = generated != null && generated.strategy() == GenerationType.IDENTITY;
		String name = (column != null && !column.name().isEmpty()) ? column.name() : attribute.name();
		return io.github.automigrate.model.Column.builder(this.context.physical(name), type)
			.nullable(nullable)
			.unique(column != null && column.unique())
			.identity(identity)
			.fallbackDefault(nullable ? null : TypeMapping.javaDefault(javaType))
			.origin(attribute.origin())
			.defaultExpression(HibernateAnnotations.columnDefault(attribute.element()))
			.comment(HibernateAnnotations.comment(attribute.element()))
			.build();
	}

	/**
	 * Whether a basic attribute's column takes null, as Hibernate 7 decides it. An
	 * explicit {@code @Column} (its own or an override's) says so itself: a primitive
	 * with {@code @Column(name = ...)} takes null. A column the mapping leaves implicit
	 * is NOT NULL for a primitive, unless it is a part of an embeddable or of a subclass
	 * in a single table (other subclasses' rows have no value).
	 * {@code @Basic(optional = false)} makes any of them NOT NULL but the single-table
	 * subclass's. (Identifier and version columns are always NOT NULL.)
	 */
	private static boolean nullable(Attribute attribute, @Nullable Column column, boolean forceNullable) {
		Basic basic = attribute.annotation(Basic.class);
		boolean primitive = attribute.javaType().isPrimitive();
		boolean notNull;
		if (column != null) {
			// A column definition that says NOT NULL makes the column so, whatever
			// @Column(nullable) says.
			notNull = !column.nullable() || ColumnType.declaresNotNull(column.columnDefinition());
		}
		else {
			boolean optional = (basic != null) ? basic.optional() && !primitive
					: attribute.ofEmbeddable() || !primitive;
			notNull = !forceNullable && !optional;
		}
		return !notNull && (basic == null || basic.optional() || forceNullable);
	}

	/**
	 * The column type of a basic value of an attribute (the attribute's own, or its
	 * collection's element).
	 * @param attribute the attribute, whose annotations apply
	 * @param valueType the value's type
	 * @param column the value's {@code @Column}, or {@code null}
	 * @return the type
	 * @throws MappingException if the type cannot be mapped
	 */
	ColumnType type(Attribute attribute, Class<?> valueType, @Nullable Column column) {
		return type(attribute, valueType, column, null);
	}

	private ColumnType type(Attribute attribute, Class<?> valueType, @Nullable Column column,
			@Nullable Convert convert) {
		Integer typeCode = HibernateAnnotations.jdbcTypeCode(attribute.element());
		if (typeCode != null && typeCode == HibernateAnnotations.JSON) {
			ColumnType json = ColumnType.of(io.github.automigrate.model.TypeKind.JSON);
			return (column != null && !column.columnDefinition().isBlank())
					? json.withDefinition(column.columnDefinition()) : json;
		}
		Class<?> databaseType = this.context.converters.databaseType(attribute, valueType, convert);
		ColumnType coded = (typeCode != null && databaseType == null)
				? this.context.types.jdbcTyped(typeCode, valueType, column) : null;
		if (coded != null) {
			return coded;
		}
		ColumnType type = (databaseType != null) ? this.context.types.columnType(databaseType,
				attribute.has(jakarta.persistence.Lob.class), null, null, column)
				: this.context.types.columnType(attribute.element(), valueType, column);
		if (type == null && databaseType != null) {
			throw new MappingException(attribute.origin(),
					"is converted to the type " + databaseType.getName()
							+ ", which AutoMigrate cannot map to a column.",
					"Convert to a basic type (String, a number, java.time, byte[]), or give it @Column(columnDefinition = \"...\").");
		}
		if (type == null && valueType.isAnnotationPresent(jakarta.persistence.Entity.class)) {
			throw new MappingException(attribute.origin(), "refers to the entity " + valueType.getSimpleName()
					+ " without @ManyToOne or @OneToOne, so Hibernate would store the entity serialized in a binary "
					+ "column.", "Annotate it with @ManyToOne or @OneToOne, or mark it @Transient.");
		}
		if (type == null && valueType.isArray()) {
			throw new MappingException(attribute.origin(), "is the array " + valueType.getTypeName()
					+ ", which Hibernate 7 maps as an SQL array column; AutoMigrate does not create array columns.",
					"Map it as an @ElementCollection of a List or Set, give it an AttributeConverter or "
							+ "@Column(columnDefinition = \"...\"), or mark it @Transient.");
		}
		if (type == null) {
			throw new MappingException(attribute.origin(),
					"has the type " + valueType.getName() + ", which AutoMigrate cannot map to a column.",
					"Mark it @Transient if it is not persistent, "
							+ "give it an AttributeConverter or @Column(columnDefinition = \"...\"), or use a supported type "
							+ "(String, numbers, booleans, java.time, UUID, byte[], enums).");
		}
		return type;
	}

}
