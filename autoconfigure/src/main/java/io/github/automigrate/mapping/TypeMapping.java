package io.github.automigrate.mapping;

import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import jakarta.persistence.Column;
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
			Map.entry(UUID.class, TypeKind.UUID));

	/** Types Hibernate stores as their string form. */
	private static final Map<Class<?>, Boolean> AS_STRING = Map.of(Locale.class, true, Currency.class, true,
			TimeZone.class, true, ZoneId.class, true, java.net.URL.class, true, Class.class, true);

	/**
	 * The column type of a basic attribute, or {@code null} when its type is not a basic type.
	 * @param element the field or getter, whose {@code @Lob}, {@code @Temporal} and {@code @Enumerated} apply
	 * @param type the attribute's type
	 * @param column the attribute's {@code @Column}, or the one an {@code @AttributeOverride} puts in its place
	 * @return the column type, or {@code null}
	 */
	public @Nullable ColumnType columnType(AnnotatedElement element, Class<?> type, @Nullable Column column) {
		Temporal temporal = element.getAnnotation(Temporal.class);
		Enumerated enumerated = element.getAnnotation(Enumerated.class);
		return columnType(type, element.isAnnotationPresent(Lob.class), (temporal != null) ? temporal.value() : null,
				(enumerated != null) ? enumerated.value() : null, column);
	}

	/**
	 * The column type of a basic value, or {@code null} when its type is not a basic type.
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
			return (mapped != null ? mapped : ColumnType.of(TypeKind.OTHER)).withDefinition(column.columnDefinition());
		}
		return mapped;
	}

	private @Nullable ColumnType basicType(Class<?> type, boolean lob, @Nullable TemporalType temporal,
			@Nullable EnumType enumType, @Nullable Column column) {
		int length = (column != null) ? column.length() : DEFAULT_LENGTH;
		if (type == String.class) {
			return lob ? ColumnType.of(TypeKind.CLOB) : ColumnType.ofLength(TypeKind.VARCHAR, length);
		}
		if (type == char.class || type == Character.class) {
			return ColumnType.ofLength(TypeKind.CHAR, 1);
		}
		if (type == byte[].class || type == Byte[].class) {
			return lob ? ColumnType.of(TypeKind.BLOB) : ColumnType.ofLength(TypeKind.VARBINARY, length);
		}
		if (type == char[].class || type == Character[].class) {
			return lob ? ColumnType.of(TypeKind.CLOB) : ColumnType.ofLength(TypeKind.VARCHAR, length);
		}
		if (type == BigDecimal.class || type == BigInteger.class) {
			return decimal(type, column);
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
				return ColumnType.ofLength(TypeKind.VARCHAR, length);
			}
			return ColumnType.of(type.getEnumConstants().length <= Byte.MAX_VALUE ? TypeKind.TINYINT : TypeKind.SMALLINT);
		}
		if (AS_STRING.containsKey(type)) {
			return ColumnType.ofLength(TypeKind.VARCHAR, length);
		}
		TypeKind kind = SIMPLE.get(type);
		return (kind != null) ? ColumnType.of(kind) : null;
	}

	private static ColumnType decimal(Class<?> type, @Nullable Column column) {
		if (column != null && column.precision() > 0) {
			return ColumnType.ofDecimal(column.precision(), column.scale());
		}
		int scale = (type == BigInteger.class) ? 0 : (column != null && column.scale() > 0) ? column.scale() : DEFAULT_DECIMAL_SCALE;
		return ColumnType.ofDecimal(DEFAULT_PRECISION, scale);
	}

	/**
	 * The value existing rows get when a NOT NULL column of this Java type is added: the Java default of a primitive.
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
