package io.github.automigrate.introspect;

import java.sql.Types;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.automigrate.dialect.TypeNames.ColumnMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declared types are read by hand, as the regex they were read with before read them.
 */
class DeclaredTypeTests {

	/** The regex the hand-written reader replaces: what it must agree with. */
	private static final Pattern DECLARED = Pattern
		.compile("\\s*([^(]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*");

	@ParameterizedTest
	@ValueSource(strings = { "", "int4", "  int8 ", "varchar(80)", "numeric(12,2)", " numeric ( 12 , 2 ) ",
			"character varying(255)", "timestamp(6) with time zone", "decimal(10,)", "decimal(,2)", "varchar()",
			"varchar(80", "enum('a','b')", "double precision", "text\t", "bit varying(5)\n", "a)b", "x(1)(2)",
			"numeric(12,2) ", "float(53)" })
	void readsAsTheRegexDid(String declared) {
		assertThat(DeclaredType.parse(declared)).isEqualTo(byRegex(declared));
	}

	@ParameterizedTest
	@ValueSource(strings = { "numeric(12,2)" })
	void readsNameSizeAndScale(String declared) {
		assertThat(DeclaredType.parse(declared)).isEqualTo(new ColumnMetadata(Types.OTHER, "numeric", 12, 2));
		assertThat(DeclaredType.parse(null)).isEqualTo(new ColumnMetadata(Types.OTHER, "", 0, 0));
	}

	private static ColumnMetadata byRegex(String declared) {
		Matcher matcher = DECLARED.matcher(declared);
		if (!matcher.matches()) {
			return new ColumnMetadata(Types.OTHER, declared, 0, 0);
		}
		int size = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0;
		int scale = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0;
		return new ColumnMetadata(Types.OTHER, matcher.group(1), size, scale);
	}

}
