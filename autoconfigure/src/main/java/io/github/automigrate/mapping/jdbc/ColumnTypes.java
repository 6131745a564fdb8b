package io.github.automigrate.mapping.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.TypeKind;

/**
 * The column type for the Java type Spring Data JDBC binds (after its conversions: an
 * enum is bound as its name, a {@code ZonedDateTime} as text, an {@code Instant} as a
 * timestamp, a converter's target as that target).
 */
final class ColumnTypes {

	/**
	 * A text column where nothing says how long: as JPA's default, which Spring Data's
	 * enums and texts fit.
	 */
	static final int DEFAULT_LENGTH = 255;

	/**
	 * Bytes where nothing says how many: a megabyte (a {@code mediumblob} on MariaDB,
	 * {@code bytea} on PostgreSQL).
	 */
	static final int BYTES_LENGTH = 1_000_000;

	private static final Map<Class<?>, ColumnType> TYPES = Map.ofEntries(
			Map.entry(String.class, ColumnType.ofLength(TypeKind.VARCHAR, DEFAULT_LENGTH)),
			Map.entry(Character.class, ColumnType.ofLength(TypeKind.CHAR, 1)),
			Map.entry(Boolean.class, ColumnType.of(TypeKind.BOOLEAN)),
			Map.entry(Byte.class, ColumnType.of(TypeKind.TINYINT)),
			Map.entry(Short.class, ColumnType.of(TypeKind.SMALLINT)),
			Map.entry(Integer.class, ColumnType.of(TypeKind.INTEGER)),
			Map.entry(Long.class, ColumnType.of(TypeKind.BIGINT)), Map.entry(Float.class, ColumnType.of(TypeKind.REAL)),
			Map.entry(Double.class, ColumnType.of(TypeKind.DOUBLE)),
			// No precision in the mapping: a scale all the same, or 1234.56 comes back as
			// 1235 (JPA's 38,2).
			Map.entry(BigDecimal.class, ColumnType.ofDecimal(38, 2)),
			Map.entry(BigInteger.class, ColumnType.ofDecimal(38, 0)),
			Map.entry(UUID.class, ColumnType.of(TypeKind.UUID)),
			// Bound as bytes (setBytes), never as a large object: bytea on PostgreSQL (a
			// BLOB there is an oid).
			Map.entry(byte[].class, ColumnType.ofLength(TypeKind.VARBINARY, BYTES_LENGTH)),
			Map.entry(Byte[].class, ColumnType.ofLength(TypeKind.VARBINARY, BYTES_LENGTH)),
			Map.entry(LocalDate.class, ColumnType.of(TypeKind.DATE)),
			Map.entry(java.sql.Date.class, ColumnType.of(TypeKind.DATE)),
			Map.entry(LocalTime.class, ColumnType.of(TypeKind.TIME)),
			Map.entry(java.sql.Time.class, ColumnType.of(TypeKind.TIME)),
			Map.entry(OffsetTime.class, ColumnType.of(TypeKind.TIME_TZ)),
			Map.entry(LocalDateTime.class, ColumnType.of(TypeKind.TIMESTAMP)),
			Map.entry(java.sql.Timestamp.class, ColumnType.of(TypeKind.TIMESTAMP)),
			Map.entry(java.util.Date.class, ColumnType.of(TypeKind.TIMESTAMP)),
			Map.entry(OffsetDateTime.class, ColumnType.of(TypeKind.TIMESTAMP_TZ)));

	private ColumnTypes() {
	}

	/**
	 * The column type for a bound Java type.
	 * @param bound the type Spring Data binds
	 * @return the column type, or {@code null} when there is none
	 */
	static @Nullable ColumnType of(Class<?> bound) {
		Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(bound);
		if (type.isEnum()) {
			return TYPES.get(String.class);
		}
		return TYPES.get(type);
	}

}
