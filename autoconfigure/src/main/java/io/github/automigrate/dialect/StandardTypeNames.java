package io.github.automigrate.dialect;

import java.sql.Types;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.TypeKind;

/**
 * SQL's own type names and the JDBC type codes' meaning, which most databases share: each
 * database's type names override what it names or reads differently.
 */
abstract class StandardTypeNames implements TypeNames {

	/** SQL's own type names, which most databases take. */
	private static final Map<TypeKind, String> STANDARD_TYPES = standardTypes();

	/**
	 * {@link #ownTypeNames()}, built on first use rather than per column written (an
	 * immutable map, so a race only builds it twice).
	 */
	private @Nullable Map<TypeKind, String> ownTypeNames;

	@Override
	public String name(ColumnType type) {
		if (type.definition() != null) {
			return type.definition();
		}
		Integer length = type.length();
		return switch (type.kind()) {
			case VARCHAR -> (length != null && length > maxVarcharLength()) ? longVarcharTypeName(length)
					: sizedTypeName(type.kind()) + "(" + length + ")";
			case VARBINARY -> (length != null && length > maxVarbinaryLength()) ? longVarbinaryTypeName(length)
					: sizedTypeName(type.kind()) + "(" + length + ")";
			case CHAR, INET, BINARY -> sizedTypeName(type.kind()) + "(" + length + ")";
			case ENUM_CHAR -> name(ColumnType.ofLength(hasEnumTypes() ? TypeKind.VARCHAR : TypeKind.CHAR,
					(length != null) ? length : 1));
			case DECIMAL -> sizedTypeName(type.kind()) + "(" + type.precision() + "," + type.scale() + ")";
			case CLOB, BLOB -> (length != null) ? largeObjectTypeName(type.kind(), length) : sizedTypeName(type.kind());
			default -> sizedTypeName(type.kind());
		};
	}

	@Override
	public ColumnType read(ColumnMetadata metadata) {
		String name = metadata.typeName().toLowerCase(Locale.ROOT);
		if (name.equals("uuid")) {
			return ColumnType.of(TypeKind.UUID);
		}
		if (name.equals("json") || name.equals("jsonb")) {
			return ColumnType.of(TypeKind.JSON);
		}
		int size = metadata.size();
		return switch (metadata.jdbcType()) {
			case Types.BOOLEAN -> ColumnType.of(TypeKind.BOOLEAN);
			case Types.BIT -> (size <= 1) ? ColumnType.of(TypeKind.BOOLEAN) : other(metadata);
			case Types.TINYINT -> ColumnType.of(TypeKind.TINYINT);
			case Types.SMALLINT -> ColumnType.of(TypeKind.SMALLINT);
			case Types.INTEGER -> ColumnType.of(TypeKind.INTEGER);
			case Types.BIGINT -> ColumnType.of(TypeKind.BIGINT);
			case Types.REAL -> ColumnType.of(TypeKind.REAL);
			case Types.FLOAT -> ColumnType.of((size > 0 && size <= 24) ? TypeKind.REAL : TypeKind.DOUBLE);
			case Types.DOUBLE -> ColumnType.of(TypeKind.DOUBLE);
			case Types.NUMERIC, Types.DECIMAL -> ColumnType.ofDecimal(size, metadata.decimalDigits());
			case Types.CHAR, Types.NCHAR -> ColumnType.ofLength(TypeKind.CHAR, size);
			case Types.VARCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR ->
				ColumnType.ofLength(TypeKind.VARCHAR, size);
			case Types.CLOB, Types.NCLOB -> ColumnType.of(TypeKind.CLOB);
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> ColumnType.ofLength(TypeKind.VARBINARY, size);
			case Types.BLOB -> ColumnType.of(TypeKind.BLOB);
			case Types.DATE -> ColumnType.of(TypeKind.DATE);
			case Types.TIME -> ColumnType.of(TypeKind.TIME);
			case Types.TIME_WITH_TIMEZONE -> ColumnType.of(TypeKind.TIME_TZ);
			case Types.TIMESTAMP -> ColumnType.of(TypeKind.TIMESTAMP);
			case Types.TIMESTAMP_WITH_TIMEZONE -> ColumnType.of(TypeKind.TIMESTAMP_TZ);
			default -> other(metadata);
		};
	}

	/**
	 * The type names this database writes differently from SQL's own, as Hibernate writes
	 * them for it.
	 * @return names by kind; kinds not in it take SQL's name
	 */
	protected abstract Map<TypeKind, String> ownTypeNames();

	/**
	 * The name of a type kind, before any length or precision: this database's own name
	 * where it has one, else SQL's.
	 * @param kind the type kind
	 * @return the type's name on this database
	 */
	protected final String sizedTypeName(TypeKind kind) {
		Map<TypeKind, String> own = this.ownTypeNames;
		if (own == null) {
			own = Map.copyOf(ownTypeNames());
			this.ownTypeNames = own;
		}
		String name = own.getOrDefault(kind, STANDARD_TYPES.get(kind));
		if (name == null) {
			throw new IllegalArgumentException("No type name for " + kind);
		}
		return name;
	}

	/**
	 * Whether Hibernate declares an {@code @Enumerated(STRING)} column as a database enum
	 * type here (its dialect registers {@code SqlTypes.ENUM}); where it does, Hibernate
	 * validates a {@code varchar} but not a {@code char}.
	 * @return false by default
	 */
	protected boolean hasEnumTypes() {
		return false;
	}

	/**
	 * The longest {@code varchar} this database declares, as Hibernate's dialect for it
	 * knows it: longer text takes {@link #longVarcharTypeName(int)}. Unbounded by
	 * default.
	 * @return the length in characters
	 */
	protected int maxVarcharLength() {
		return Integer.MAX_VALUE;
	}

	/**
	 * The longest {@code varbinary} this database declares: longer bytes take
	 * {@link #longVarbinaryTypeName(int)}.
	 * @return the length in bytes
	 */
	protected int maxVarbinaryLength() {
		return maxVarcharLength();
	}

	/**
	 * The type of text longer than {@link #maxVarcharLength()}: the character large
	 * object type by default.
	 * @param length the mapped length
	 * @return the type name
	 */
	protected String longVarcharTypeName(int length) {
		return sizedTypeName(TypeKind.CLOB);
	}

	/**
	 * The type of bytes longer than {@link #maxVarbinaryLength()}: the binary large
	 * object type by default.
	 * @param length the mapped length
	 * @return the type name
	 */
	protected String longVarbinaryTypeName(int length) {
		return sizedTypeName(TypeKind.BLOB);
	}

	/**
	 * The type of a large object the mapping gives a length
	 * ({@code @Lob @Column(length = ...)}): the large object type whatever the length by
	 * default.
	 * @param kind {@code CLOB} or {@code BLOB}
	 * @param length the mapped length
	 * @return the type name
	 */
	protected String largeObjectTypeName(TypeKind kind, int length) {
		return sizedTypeName(kind);
	}

	private static ColumnType other(ColumnMetadata metadata) {
		return ColumnType.of(TypeKind.OTHER).withDefinition(metadata.typeName());
	}

	private static Map<TypeKind, String> standardTypes() {
		Map<TypeKind, String> types = new EnumMap<>(TypeKind.class);
		types.put(TypeKind.BOOLEAN, "boolean");
		types.put(TypeKind.TINYINT, "tinyint");
		types.put(TypeKind.SMALLINT, "smallint");
		types.put(TypeKind.INTEGER, "integer");
		types.put(TypeKind.BIGINT, "bigint");
		types.put(TypeKind.REAL, "real");
		types.put(TypeKind.DOUBLE, "double precision");
		types.put(TypeKind.DECIMAL, "numeric");
		types.put(TypeKind.CHAR, "char");
		types.put(TypeKind.VARCHAR, "varchar");
		types.put(TypeKind.CLOB, "clob");
		types.put(TypeKind.VARBINARY, "varbinary");
		types.put(TypeKind.BINARY, "binary");
		types.put(TypeKind.BLOB, "blob");
		types.put(TypeKind.DATE, "date");
		types.put(TypeKind.TIME, "time");
		types.put(TypeKind.TIME_TZ, "time with time zone");
		types.put(TypeKind.TIMESTAMP, "timestamp(6)");
		types.put(TypeKind.TIMESTAMP_TZ, "timestamp(6) with time zone");
		types.put(TypeKind.UUID, "uuid");
		types.put(TypeKind.INET, "varbinary");
		types.put(TypeKind.JSON, "json");
		return types;
	}

}
