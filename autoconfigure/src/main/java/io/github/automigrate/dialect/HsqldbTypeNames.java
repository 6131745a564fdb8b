package io.github.automigrate.dialect;

import java.util.Map;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.TypeKind;

/**
 * HSQLDB's type names, as Hibernate's {@code HSQLDialect} writes them, and the types
 * HSQLDB stores for them.
 */
final class HsqldbTypeNames extends StandardTypeNames {

	/** The bytes of a UUID. */
	private static final int UUID_BYTES = 16;

	@Override
	public ColumnType stored(ColumnType mapped) {
		if (mapped.definition() != null) {
			return mapped;
		}
		return switch (mapped.kind()) {
			case UUID -> ColumnType.ofLength(TypeKind.BINARY, UUID_BYTES);
			case JSON -> ColumnType.of(TypeKind.CLOB);
			// HSQLDB's real and float are its double.
			case REAL -> ColumnType.of(TypeKind.DOUBLE);
			case TIME_TZ -> ColumnType.of(TypeKind.TIME);
			case TIMESTAMP_TZ -> ColumnType.of(TypeKind.TIMESTAMP);
			default -> mapped;
		};
	}

	@Override
	protected Map<TypeKind, String> ownTypeNames() {
		// HSQLDB keeps no time zone in Hibernate's mapping (it normalises to UTC), and
		// has no JSON type; Hibernate stores a UUID in 16 bytes.
		return Map.of(TypeKind.REAL, "float(24)", TypeKind.DOUBLE, "float(53)", TypeKind.TIME_TZ, "time",
				TypeKind.TIMESTAMP_TZ, "timestamp(6)", TypeKind.UUID, "binary(16)", TypeKind.JSON, "clob");
	}

}
