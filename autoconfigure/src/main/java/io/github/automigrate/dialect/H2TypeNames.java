package io.github.automigrate.dialect;

import java.util.Map;

import io.github.automigrate.model.TypeKind;

/**
 * H2's type names, as Hibernate's {@code H2Dialect} writes them.
 */
final class H2TypeNames extends StandardTypeNames {

	@Override
	protected Map<TypeKind, String> ownTypeNames() {
		return Map.of(TypeKind.REAL, "float(24)", TypeKind.DOUBLE, "float(53)");
	}

	@Override
	protected boolean hasEnumTypes() {
		return true;
	}

	@Override
	protected int maxVarcharLength() {
		// Hibernate's H2Dialect: longer text is a clob, longer bytes a blob.
		return 1_048_576;
	}

}
