package io.github.automigrate.dialect;

import java.sql.Types;
import java.util.Locale;
import java.util.Map;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.TypeKind;

/**
 * PostgreSQL's type names, as Hibernate's {@code PostgreSQLDialect} writes them. That
 * includes {@code oid} for a {@code @Lob} (text or bytes): Hibernate's validator rejects
 * {@code text} and {@code bytea} there, since it stores such a value as a large object.
 */
final class PostgreSqlTypeNames extends StandardTypeNames {

	/**
	 * The JDBC types the driver reports for the catalog's type names, for columns read
	 * with a catalog query, which declares them by name only (enums it reports as
	 * {@code varchar}, which the query writes for them); any other name is {@code OTHER}.
	 */
	private static final Map<String, Integer> JDBC_TYPES = Map.ofEntries(Map.entry("int2", Types.SMALLINT),
			Map.entry("int4", Types.INTEGER), Map.entry("int8", Types.BIGINT), Map.entry("oid", Types.BIGINT),
			Map.entry("float4", Types.REAL), Map.entry("float8", Types.DOUBLE), Map.entry("money", Types.DOUBLE),
			Map.entry("numeric", Types.NUMERIC), Map.entry("varchar", Types.VARCHAR), Map.entry("text", Types.VARCHAR),
			Map.entry("name", Types.VARCHAR), Map.entry("bpchar", Types.CHAR), Map.entry("char", Types.CHAR),
			Map.entry("bool", Types.BIT), Map.entry("bit", Types.BIT), Map.entry("bytea", Types.BINARY),
			Map.entry("date", Types.DATE), Map.entry("time", Types.TIME), Map.entry("timetz", Types.TIME),
			Map.entry("timestamp", Types.TIMESTAMP), Map.entry("timestamptz", Types.TIMESTAMP),
			Map.entry("xml", Types.SQLXML));

	@Override
	public String name(ColumnType type) {
		// bytea and inet have no length: Hibernate writes them plain whatever the mapped
		// length.
		if (type.definition() == null && (type.kind() == TypeKind.VARBINARY || type.kind() == TypeKind.INET)) {
			return sizedTypeName(type.kind());
		}
		// PostgreSQL has no fixed-length bytes: Hibernate declares bytea.
		if (type.definition() == null && type.kind() == TypeKind.BINARY) {
			return sizedTypeName(TypeKind.VARBINARY);
		}
		// Text of the longest length (Hibernate's LONG32VARCHAR) is a text column; only a
		// @Lob is a large object.
		if (type.definition() == null && type.kind() == TypeKind.CLOB
				&& Integer.valueOf(Integer.MAX_VALUE).equals(type.length())) {
			return "text";
		}
		return super.name(type);
	}

	@Override
	public ColumnType read(ColumnMetadata read) {
		ColumnMetadata metadata = (read.jdbcType() == Types.OTHER && JDBC_TYPES.containsKey(read.typeName()))
				? new ColumnMetadata(JDBC_TYPES.get(read.typeName()), read.typeName(), read.size(),
						read.decimalDigits())
				: read;
		// The driver's type codes blur several types (bool is BIT, timestamptz is
		// TIMESTAMP, text is VARCHAR of unbounded size, bytea is BINARY): its type names
		// do not.
		return switch (metadata.typeName().toLowerCase(Locale.ROOT)) {
			case "bool" -> ColumnType.of(TypeKind.BOOLEAN);
			case "timestamptz" -> ColumnType.of(TypeKind.TIMESTAMP_TZ);
			case "timetz" -> ColumnType.of(TypeKind.TIME_TZ);
			case "inet" -> ColumnType.of(TypeKind.INET);
			case "text" -> ColumnType.of(TypeKind.CLOB);
			case "bytea" -> ColumnType.of(TypeKind.VARBINARY);
			// A large-object reference: a number on the wire, text or bytes to Hibernate;
			// no kind says which.
			case "oid" -> ColumnType.of(TypeKind.OTHER).withDefinition("oid");
			default -> super.read(metadata);
		};
	}

	@Override
	protected Map<TypeKind, String> ownTypeNames() {
		// PostgreSQL has no tinyint; a large object's column holds its id (Hibernate
		// binds @Lob through that API); Hibernate normalises an OffsetTime to UTC in a
		// plain time column.
		return Map.of(TypeKind.TINYINT, "smallint", TypeKind.REAL, "float4", TypeKind.DOUBLE, "float(53)",
				TypeKind.CLOB, "oid", TypeKind.BLOB, "oid", TypeKind.VARBINARY, "bytea", TypeKind.JSON, "jsonb",
				TypeKind.TIME_TZ, "time", TypeKind.INET, "inet");
	}

	@Override
	protected int maxVarcharLength() {
		// PostgreSQL's own limit, which Hibernate's PostgreSQLDialect declares: longer
		// text is a text column.
		return 10_485_760;
	}

	@Override
	protected String longVarcharTypeName(int length) {
		return "text";
	}

}
