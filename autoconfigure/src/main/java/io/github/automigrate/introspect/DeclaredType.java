package io.github.automigrate.introspect;

import java.sql.Types;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.dialect.TypeNames.ColumnMetadata;

/**
 * A column type as declared in DDL text, such as {@code numeric(8,2)}: its name, length
 * or precision, and scale.
 */
final class DeclaredType {

	private static final Pattern DECLARED = Pattern
		.compile("\\s*([^(]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*");

	private DeclaredType() {
	}

	static ColumnMetadata parse(@Nullable String declared) {
		Matcher matcher = DECLARED.matcher((declared != null) ? declared : "");
		if (!matcher.matches()) {
			return new ColumnMetadata(Types.OTHER, String.valueOf(declared), 0, 0);
		}
		int size = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0;
		int scale = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0;
		return new ColumnMetadata(Types.OTHER, matcher.group(1), size, scale);
	}

}
