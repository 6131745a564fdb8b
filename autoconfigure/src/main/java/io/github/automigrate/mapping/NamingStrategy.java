package io.github.automigrate.mapping;

import java.util.Locale;

import io.github.automigrate.model.Identifier;

/**
 * Spring Boot's default physical naming: camelCase becomes snake_case, dots become underscores, all lower case. It
 * applies to explicit names too ({@code @Table(name = "OrderLine")} is {@code order_line}), as in Spring Boot; a
 * quoted name ({@code `Order`}) is kept exactly.
 */
public final class NamingStrategy {

	/**
	 * The physical name of a logical one.
	 * @param logicalName the name from an annotation or a Java name
	 * @return the identifier the database sees
	 */
	public Identifier physical(String logicalName) {
		Identifier identifier = Identifier.of(logicalName);
		if (identifier.quoted()) {
			return identifier;
		}
		return new Identifier(snakeCase(identifier.text()).toLowerCase(Locale.ROOT), false);
	}

	private static String snakeCase(String name) {
		StringBuilder builder = new StringBuilder(name.replace('.', '_'));
		for (int i = 1; i < builder.length() - 1; i++) {
			if (isWordBoundary(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1))) {
				builder.insert(i++, '_');
			}
		}
		return builder.toString();
	}

	private static boolean isWordBoundary(char before, char current, char after) {
		return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
				&& (Character.isLowerCase(after) || Character.isDigit(after));
	}

}
