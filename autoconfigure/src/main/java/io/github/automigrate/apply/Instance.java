package io.github.automigrate.apply;

import java.lang.management.ManagementFactory;

import org.jspecify.annotations.Nullable;

/**
 * Names the running instance for the history: the application's name, and the JVM's {@code pid@host}.
 */
public final class Instance {

	private Instance() {
	}

	/**
	 * The instance's name.
	 * @param applicationName {@code spring.application.name}, or {@code null}
	 * @return the name
	 */
	public static String name(@Nullable String applicationName) {
		String jvm = ManagementFactory.getRuntimeMXBean().getName();
		return (applicationName != null && !applicationName.isBlank()) ? applicationName + " " + jvm : jvm;
	}

}
