package io.github.automigrate.aot;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What AutoMigrate reads whatever the application's entities: the reserved words it
 * quotes, and Hibernate's naming types, called by reflection when a physical naming
 * strategy is set (Hibernate is never a required dependency).
 */
final class AutoMigrateRuntimeHints implements RuntimeHintsRegistrar {

	/** The reserved words every dialect quotes. */
	static final String RESERVED_WORDS = "io/github/automigrate/dialect/sql2003-reserved-words.txt";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(RESERVED_WORDS);
		hints.reflection()
			.registerTypeIfPresent(classLoader, "org.hibernate.boot.model.naming.Identifier",
					MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerTypeIfPresent(classLoader, "org.hibernate.engine.jdbc.env.spi.JdbcEnvironment");
	}

}
