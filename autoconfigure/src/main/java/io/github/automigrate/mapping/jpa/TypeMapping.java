package io.github.automigrate.mapping.jpa;

import java.io.Serializable;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.TypeKind;

/**
 * Java type to column type, as Hibernate 7 maps them by default.
 * <p>
 * Longer than most classes here: it is the table of Java types to column types, with
 * length, precision, converters and JSON, as Hibernate reads them.
 */
public final class TypeMapping {

	private static final int DEFAULT_LENGTH = 255;

	private static final int DEFAULT_PRECISION = 38;

	private static final int DEFAULT_DECIMAL_SCALE = 2;

	private static final Map<Class<?>, TypeKind> SIMPLE = Map.ofEntries(Map.entry(boolean.class, TypeKind.BOOLEAN),
			Map.entry(Boolean.class, TypeKind.BOOLEAN), Map.entry(byte.class, TypeKind.TINYINT),
			Map.entry(Byte.class, TypeKind.TINYINT), Map.entry(short.class, TypeKind.SMALLINT),
			Map.entry(Short.class, TypeKind.SMALLINT), Map.entry(int.class, TypeKind.INTEGER),
			Map.entry(Integer.class, TypeKind.INTEGER), Map.entry(long.class, TypeKind.BIGINT),
			Map.entry(Long.class, TypeKind.BIGINT), Map.entry(float.class, TypeKind.REAL),
			Map.entry(Float.class, TypeKind.REAL), Map.entry(double.class, TypeKind.DOUBLE),
			Map.entry(Double.class, TypeKind.DOUBLE), Map.entry(LocalDate.class, TypeKind.DATE),
			Map.entry(LocalTime.class, TypeKind.TIME), Map.entry(LocalDateTime.class, TypeKind.TIMESTAMP),
			Map.entry(Instant.class, TypeKind.TIMESTAMP_TZ), Map.entry(OffsetDateTime.class, TypeKind.TIMESTAMP_TZ),
			Map.entry(ZonedDateTime.class, TypeKind.TIMESTAMP_TZ), Map.entry(java.sql.Date.class, TypeKind.DATE),
			Map.entry(java.sql.Time.class, TypeKind.TIME), Map.entry(java.sql.Timestamp.class, TypeKind.TIMESTAMP),
			Map.entry(UUID.class, TypeKind.UUID), Map.entry(Year.class, TypeKind.INTEGER),
			Map.entry(OffsetTime.class, TypeKind.TIME_TZ));

	/**
	 * Types Hibernate stores as their string form, with the length its Java type gives
	 * the column when the mapping gives none.
	 */
	private static final Map<Class<?>, Integer> AS_STRING = Map.of(Locale.class, DEFAULT_LENGTH, Currency.class, 3,
			TimeZone.class, DEFAULT_LENGTH, ZoneId.class, DEFAULT_LENGTH, ZoneOffset.class, 6, java.net.URL.class,
			DEFAULT_LENGTH, Class.class, DEFAULT_LENGTH);

	/**
	 * The precision of Hibernate's default column for a {@link Duration}: its nanoseconds
	 * as a whole number.
	 */
	private static final int DURATION_PRECISION = 21;

	/**
	 * The length of Hibernate's column for an {@link InetAddress} where the database has
	 * no address type.
	 */
	private static final int INET_LENGTH = 19;

	/**
	 * The column type of a basic attribute, or {@code null} when its type is not a basic
	 * type.
	 * @param element the field or getter, whose {@code @Lob}, {@code @Temporal} and
	 * {@code @Enumerated} apply
	 * @param type the attribute's type
	 * @param column the attribute's {@code @Column}, or the one an
	 * {@code @AttributeOverride} puts in its place
	 * @return the column type, or {@code null}
	 */
	public @Nullable ColumnType columnType(AnnotatedElement element, Class<?> type, @Nullable Column column) {
		Temporal temporal = element.getAnnotation(Temporal.class);
		Enumerated enumerated = element.getAnnotation(Enumerated.class);
		return columnType(type, element.isAnnotationPresent(Lob.class), (temporal != null) ? temporal.value() : null,
				(enumerated != null) ? enumerated.value() : null, column);
	}

	/**
	 * The column type of a basic value, or {@code null} when its type is not a basic
	 * type.
	 * @param type the value's type
	 * @param lob whether it is a {@code @Lob}
	 * @param temporal its {@code @Temporal} type, or {@code null}
	 * @param enumType how an enum is stored, or {@code null} for the default (ordinal)
	 * @param column its {@code @Column}, or {@code null}
	 * @return the column type, or {@code null}
	 */
	public @Nullable ColumnType columnType(Class<?> type, boolean lob, @Nullable TemporalType temporal,
			@Nullable EnumType enumType, @Nullable Column column) {
		ColumnType mapped = basicType(type, lob, temporal, enumType, column);
		if (column != null && !column.columnDefinition().isBlank()) {
			return ((mapped != null) ? mapped : ColumnType.of(TypeKind.OTHER))
				.withDefinition(column.columnDefinition());
		}
		return mapped;
	}

	private @Nullable ColumnType basicType(Class<?> type, boolean lob, @Nullable TemporalType temporal,
			@Nullable EnumType enumType, @Nullable Column column) {
		if (type == String.class || type == char[].class || type == Character[].class) {
			return lob ? largeObject(TypeKind.CLOB, column)
					: ColumnType.ofLength(TypeKind.VARCHAR, length(column, DEFAULT_LENGTH));
		}
		if (type == char.class || type == Character.class) {
			return ColumnType.ofLength(TypeKind.CHAR, 1);
		}
		if (type == byte[].class || type == Byte[].class) {
			return bytes(lob, column);
		}
		if (java.sql.Blob.class.isAssignableFrom(type)) {
			return locator(TypeKind.BLOB, column);
		}
		if (java.sql.Clob.class.isAssignableFrom(type)) {
			// NClob too: Hibernate 7.4 declares it as the database's clob type on the
			// four databases.
			return locator(TypeKind.CLOB, column);
		}
		if (type == BigDecimal.class) {
			return decimal(column, DEFAULT_PRECISION, DEFAULT_DECIMAL_SCALE);
		}
		if (type == BigInteger.class) {
			return decimal(column, DEFAULT_PRECISION, 0);
		}
		if (type == Duration.class) {
			// Hibernate's default for hibernate.type.preferred_duration_jdbc_type is
			// NUMERIC: nanoseconds.
			return decimal(column, DURATION_PRECISION, 0);
		}
		if (type == Date.class || type == Calendar.class) {
			return ColumnType.of(switch ((temporal != null) ? temporal : TemporalType.TIMESTAMP) {
				case DATE -> TypeKind.DATE;
				case TIME -> TypeKind.TIME;
				case TIMESTAMP -> TypeKind.TIMESTAMP;
			});
		}
		if (type.isEnum()) {
			if (enumType == EnumType.STRING) {
				// Where the database has no enum type, Hibernate stores the name as char
				// when the column's length is 1 (its EnumJavaType), as varchar otherwise;
				// the dialect knows which databases have one.
				int length = length(column, DEFAULT_LENGTH);
				return ColumnType.ofLength((length == 1) ? TypeKind.ENUM_CHAR : TypeKind.VARCHAR, length);
			}
			return ColumnType
				.of((type.getEnumConstants().length <= Byte.MAX_VALUE) ? TypeKind.TINYINT : TypeKind.SMALLINT);
		}
		Integer stringLength = AS_STRING.get(type);
		if (stringLength != null) {
			// Stored as its text, which a @Lob makes a large object, as for a String.
			return lob ? largeObject(TypeKind.CLOB, column)
					: ColumnType.ofLength(TypeKind.VARCHAR, length(column, stringLength));
		}
		if (InetAddress.class.isAssignableFrom(type)) {
			return ColumnType.ofLength(TypeKind.INET, length(column, INET_LENGTH));
		}
		TypeKind kind = SIMPLE.get(type);
		if (kind != null) {
			return ColumnType.of(kind);
		}
		// Hibernate's last resort for a Serializable type it has no other mapping for:
		// the serialized bytes.
		return isSerialized(type) ? bytes(lob, column) : null;
	}

	/**
	 * Hibernate's {@code Length.LONG}: the length it gives a {@code LONGVARCHAR} column
	 * the mapping gives none.
	 */
	private static final int LONG_LENGTH = 32_600;

	/** The length of a UUID's text form, which Hibernate gives its character column. */
	private static final int UUID_TEXT_LENGTH = 36;

	/** The length of a UUID's bytes, which Hibernate gives its binary column. */
	private static final int UUID_BINARY_LENGTH = 16;

	/**
	 * The column type {@code @JdbcTypeCode} asks for with a character type code, or
	 * {@code null} for other codes and for Java types AutoMigrate keeps its own mapping
	 * for. A string, a UUID (its text form, 36 characters) or an enum (its name) is
	 * stored as {@code char} for {@code CHAR} and {@code NCHAR}, as {@code varchar} for
	 * {@code VARCHAR} and {@code NVARCHAR}, and as a {@code varchar} of Hibernate's
	 * {@code Length.LONG} (32,600) for {@code LONGVARCHAR} and {@code LONGNVARCHAR} when
	 * the mapping gives no length (the dialect turns a length past its {@code varchar}
	 * into its long text type), and as the longest text type for {@code LONG32VARCHAR}. A
	 * UUID (its 16 bytes) is stored as {@code binary} for {@code BINARY} and as
	 * {@code varbinary} for {@code VARBINARY}.
	 * @param typeCode the {@code java.sql.Types} / {@code SqlTypes} code
	 * @param type the Java type of the value
	 * @param column the value's {@code @Column}, or {@code null}
	 * @return the type, or {@code null}
	 */
	public @Nullable ColumnType jdbcTyped(int typeCode, Class<?> type, @Nullable Column column) {
		int javaLength;
		if (type == String.class || type == char[].class || type == Character[].class || type.isEnum()) {
			javaLength = DEFAULT_LENGTH;
		}
		else if (type == UUID.class) {
			javaLength = UUID_TEXT_LENGTH;
		}
		else {
			return null;
		}
		ColumnType mapped = switch (typeCode) {
			case java.sql.Types.CHAR, java.sql.Types.NCHAR ->
				ColumnType.ofLength(TypeKind.CHAR, length(column, javaLength));
			case java.sql.Types.VARCHAR, java.sql.Types.NVARCHAR ->
				ColumnType.ofLength(TypeKind.VARCHAR, length(column, javaLength));
			case java.sql.Types.LONGVARCHAR, java.sql.Types.LONGNVARCHAR ->
				ColumnType.ofLength(TypeKind.VARCHAR, length(column, LONG_LENGTH));
			// Hibernate declares LONG32VARCHAR as the database's longest text type (its
			// base dialect: its CLOB type), whatever the length: a text of Length.LONG32,
			// which the dialect names.
			case LONG32VARCHAR, LONG32NVARCHAR -> ColumnType.ofLength(TypeKind.CLOB, Integer.MAX_VALUE);
			// A UUID stored as bytes is 16 long: binary(16) for BINARY, varbinary(16) for
			// VARBINARY.
			case java.sql.Types.BINARY ->
				(type == UUID.class) ? ColumnType.ofLength(TypeKind.BINARY, length(column, UUID_BINARY_LENGTH)) : null;
			case java.sql.Types.VARBINARY -> (type == UUID.class)
					? ColumnType.ofLength(TypeKind.VARBINARY, length(column, UUID_BINARY_LENGTH)) : null;
			default -> null;
		};
		if (mapped != null && column != null && !column.columnDefinition().isBlank()) {
			return mapped.withDefinition(column.columnDefinition());
		}
		return mapped;
	}

	/** Hibernate's {@code SqlTypes.LONG32VARCHAR}. */
	private static final int LONG32VARCHAR = 4001;

	/** Hibernate's {@code SqlTypes.LONG32NVARCHAR}. */
	private static final int LONG32NVARCHAR = 4002;

	/** Bytes: a blob for a {@code @Lob}, else {@code varbinary} of the mapped length. */
	private static ColumnType bytes(boolean lob, @Nullable Column column) {
		return lob ? largeObject(TypeKind.BLOB, column)
				: ColumnType.ofLength(TypeKind.VARBINARY, length(column, DEFAULT_LENGTH));
	}

	/**
	 * A large object, with the length the mapping gives it, if any (MySQL sizes its text
	 * and blob types by it). An explicit {@code @Column} gives a {@code @Lob} its length
	 * even when it is JPA's default of 255: Hibernate then declares {@code tinytext} on
	 * MySQL, where a {@code @Lob} without {@code @Column} is {@code longtext}.
	 */
	private static ColumnType largeObject(TypeKind kind, @Nullable Column column) {
		return (column != null) ? ColumnType.ofLength(kind, column.length()) : ColumnType.of(kind);
	}

	/**
	 * A {@code java.sql.Blob} or {@code Clob}, a large object with or without
	 * {@code @Lob}. Unlike a {@code @Lob} string, Hibernate reads JPA's default length of
	 * 255 as none given here (MySQL: {@code longblob}, not {@code tinyblob}), and sizes
	 * it by any other length.
	 */
	private static ColumnType locator(TypeKind kind, @Nullable Column column) {
		return (column != null && column.length() != DEFAULT_LENGTH) ? ColumnType.ofLength(kind, column.length())
				: ColumnType.of(kind);
	}

	/**
	 * The length of a character or binary column: the mapping's, unless it is JPA's
	 * default of 255, which Hibernate reads as "none given" and replaces with its Java
	 * type's default length (3 for a currency code, 6 for an offset).
	 */
	private static int length(@Nullable Column column, int javaTypeDefault) {
		return (column != null && column.length() != DEFAULT_LENGTH) ? column.length() : javaTypeDefault;
	}

	/**
	 * A decimal column: the mapping's precision and scale where it gives a precision,
	 * else the Java type's defaults (Hibernate ignores a scale given without a
	 * precision).
	 */
	private static ColumnType decimal(@Nullable Column column, int defaultPrecision, int defaultScale) {
		if (column != null && column.precision() > 0) {
			return ColumnType.ofDecimal(column.precision(), column.scale());
		}
		return ColumnType.ofDecimal(defaultPrecision, defaultScale);
	}

	/**
	 * Whether Hibernate stores values of a type serialized: a {@link Serializable} type
	 * that is no array (Hibernate maps arrays of basics as SQL arrays), collection,
	 * entity or embeddable.
	 */
	private static boolean isSerialized(Class<?> type) {
		return Serializable.class.isAssignableFrom(type) && !type.isArray()
				&& !java.util.Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)
				&& !type.isAnnotationPresent(Entity.class) && !type.isAnnotationPresent(Embeddable.class);
	}

	/**
	 * The value existing rows get when a NOT NULL column of this Java type is added: the
	 * Java default of a primitive.
	 * @param type the field's type
	 * @return the default, or {@code null} for a type that has none
	 */
	public static @Nullable Object javaDefault(Class<?> type) {
		if (type == boolean.class) {
			return Boolean.FALSE;
		}
		if (type.isPrimitive() && type != char.class) {
			return 0;
		}
		return null;
	}

}
