package io.github.automigrate.apply;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.jspecify.annotations.Nullable;

/**
 * Names the running instance for the history: the application's name, and the JVM's
 * {@code pid@host}.
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
		String jvm = ProcessHandle.current().pid() + "@" + host();
		return (applicationName != null && !applicationName.isBlank()) ? applicationName + " " + jvm : jvm;
	}

	/**
	 * What the runtime MXBean's name says, without loading JMX for it (about 15 ms of a
	 * cold start).
	 */
	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
