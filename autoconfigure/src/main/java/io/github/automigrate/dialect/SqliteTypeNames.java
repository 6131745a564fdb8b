package io.github.automigrate.dialect;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.TypeKind;

/**
 * SQLite's type names, as Hibernate's community {@code SQLiteDialect} writes them. SQLite
 * stores a value by its declared type's affinity, so a type is read back from the name it
 * was declared with.
 */
final class SqliteTypeNames extends StandardTypeNames {

	/** Declared type names, longest prefixes first, and the kind each declares. */
	private static final Map<String, TypeKind> DECLARED_TYPES = declaredTypes();

	@Override
	public String name(ColumnType type) {
		// SQLite stores bytes whatever their declared length; Hibernate declares plain
		// blob.
		if (type.definition() == null && (type.kind() == TypeKind.VARBINARY || type.kind() == TypeKind.BINARY
				|| type.kind() == TypeKind.INET)) {
			return "blob";
		}
		return super.name(type);
	}

	@Override
	public ColumnType stored(ColumnType mapped) {
		if (mapped.definition() != null) {
			return mapped;
		}
		return switch (mapped.kind()) {
			case UUID, VARBINARY, BINARY, INET -> ColumnType.of(TypeKind.BLOB);
			case TIME_TZ -> ColumnType.of(TypeKind.TIME);
			case REAL -> ColumnType.of(TypeKind.DOUBLE);
			case TIMESTAMP_TZ -> ColumnType.of(TypeKind.TIMESTAMP);
			case JSON -> ColumnType.of(TypeKind.CLOB);
			default -> mapped;
		};
	}

	@Override
	public ColumnType read(ColumnMetadata metadata) {
		// The driver derives its type codes from the declared name, and not always well:
		// read the name itself.
		String name = metadata.typeName().toLowerCase(Locale.ROOT);
		for (Map.Entry<String, TypeKind> prefix : DECLARED_TYPES.entrySet()) {
			if (name.startsWith(prefix.getKey())) {
				return switch (prefix.getValue()) {
					case DECIMAL -> ColumnType.ofDecimal(metadata.size(), metadata.decimalDigits());
					case CHAR, VARCHAR -> ColumnType.ofLength(prefix.getValue(), metadata.size());
					default -> ColumnType.of(prefix.getValue());
				};
			}
		}
		return super.read(metadata);
	}

	@Override
	protected Map<TypeKind, String> ownTypeNames() {
		return Map.of(TypeKind.REAL, "float", TypeKind.DOUBLE, "float", TypeKind.VARBINARY, "blob", TypeKind.INET,
				"blob", TypeKind.UUID, "blob", TypeKind.TIME_TZ, "time", TypeKind.TIMESTAMP, "timestamp",
				TypeKind.TIMESTAMP_TZ, "timestamp", TypeKind.JSON, "clob");
	}

	private static Map<String, TypeKind> declaredTypes() {
		Map<String, TypeKind> types = new LinkedHashMap<>();
		types.put("boolean", TypeKind.BOOLEAN);
		types.put("tinyint", TypeKind.TINYINT);
		types.put("smallint", TypeKind.SMALLINT);
		types.put("bigint", TypeKind.BIGINT);
		types.put("integer", TypeKind.INTEGER);
		types.put("int", TypeKind.INTEGER);
		types.put("float", TypeKind.DOUBLE);
		types.put("double", TypeKind.DOUBLE);
		types.put("real", TypeKind.DOUBLE);
		types.put("numeric", TypeKind.DECIMAL);
		types.put("decimal", TypeKind.DECIMAL);
		types.put("varchar", TypeKind.VARCHAR);
		types.put("char", TypeKind.CHAR);
		types.put("clob", TypeKind.CLOB);
		types.put("text", TypeKind.CLOB);
		types.put("blob", TypeKind.BLOB);
		types.put("date", TypeKind.DATE);
		types.put("timestamp", TypeKind.TIMESTAMP);
		types.put("datetime", TypeKind.TIMESTAMP);
		types.put("time", TypeKind.TIME);
		return types;
	}

}
