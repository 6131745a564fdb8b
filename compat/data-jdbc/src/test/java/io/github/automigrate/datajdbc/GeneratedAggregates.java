package io.github.automigrate.datajdbc;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Models of N Spring Data JDBC aggregates, generated as Java sources, compiled with the
 * system compiler and loaded by a class loader of their own (once per N and JVM). Each
 * root has a generated id, six columns of mixed types, an embedded address (three columns
 * with a prefix) and a list of lines in a child table of its own
 * ({@code aggregate0000_line}): 2N tables.
 */
final class GeneratedAggregates {

	private static final Map<Integer, List<Class<?>>> MODELS = new ConcurrentHashMap<>();

	private GeneratedAggregates() {
	}

	/**
	 * The aggregate roots of a model.
	 * @param size the number of aggregates
	 * @return the root classes
	 */
	static List<Class<?>> of(int size) {
		return MODELS.computeIfAbsent(size, GeneratedAggregates::generate);
	}

	private static List<Class<?>> generate(int size) {
		try {
			Path root = Files.createTempDirectory("automigrate-aggregates");
			Path classes = Files.createDirectories(root.resolve("classes"));
			String pkg = "generated.aggregates.n" + size;
			List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-classpath",
					jar(Id.class) + File.pathSeparator + jar(Table.class)));
			Path address = root.resolve("Address.java");
			Files.writeString(address, "package " + pkg + ";\n\npublic record Address(String street, String city,"
					+ " String postcode) {\n}\n");
			arguments.add(address.toString());
			for (int i = 0; i < size; i++) {
				Path file = root.resolve(name(i) + ".java");
				Files.writeString(file, source(pkg, name(i)));
				arguments.add(file.toString());
			}
			JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
			if (compiler.run(null, null, System.err, arguments.toArray(String[]::new)) != 0) {
				throw new IllegalStateException("Could not compile the generated aggregates");
			}
			URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
					GeneratedAggregates.class.getClassLoader());
			List<Class<?>> loaded = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				loaded.add(loader.loadClass(pkg + "." + name(i)));
			}
			return List.copyOf(loaded);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException | URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String jar(Class<?> type) throws URISyntaxException {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
	}

	private static String name(int index) {
		return String.format("Aggregate%04d", index);
	}

	private static String source(String pkg, String name) {
		return """
				package %1$s;

				import java.math.BigDecimal;
				import java.time.LocalDate;
				import java.time.LocalDateTime;
				import java.util.List;

				import org.springframework.data.annotation.Id;
				import org.springframework.data.relational.core.mapping.Embedded;
				import org.springframework.data.relational.core.mapping.Table;

				@Table
				public record %2$s(@Id Long id, String label, int quantity, BigDecimal amount, Boolean enabled,
						LocalDate createdOn, LocalDateTime updatedAt,
						@Embedded.Nullable(prefix = "address_") Address address, List<%2$sLine> lines) {

					public record %2$sLine(String product, int quantity) {
					}

				}
				""".formatted(pkg, name);
	}

}
