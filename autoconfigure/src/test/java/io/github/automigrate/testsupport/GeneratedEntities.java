package io.github.automigrate.testsupport;

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

/**
 * Models of N distinct entity classes, generated as Java sources, compiled with the
 * system compiler and loaded by a class loader of their own (once per N and JVM). Each
 * entity has ten columns of mixed types besides its id, and a lazy {@code @ManyToOne} to
 * the next one.
 */
public final class GeneratedEntities {

	private static final Map<Integer, List<Class<?>>> MODELS = new ConcurrentHashMap<>();

	private GeneratedEntities() {
	}

	/**
	 * The entity classes of a model.
	 * @param size the number of entities
	 * @return the classes
	 */
	public static List<Class<?>> of(int size) {
		return MODELS.computeIfAbsent(size, GeneratedEntities::generate);
	}

	private static List<Class<?>> generate(int size) {
		try {
			Path root = Files.createTempDirectory("automigrate-generated");
			Path classes = Files.createDirectories(root.resolve("classes"));
			String pkg = "generated.n" + size;
			List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-classpath", Path
				.of(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.toString()));
			for (int i = 0; i < size; i++) {
				Path file = root.resolve(name(i) + ".java");
				Files.writeString(file, source(pkg, name(i), name((i + 1) % size)));
				arguments.add(file.toString());
			}
			JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
			if (compiler.run(null, null, System.err, arguments.toArray(String[]::new)) != 0) {
				throw new IllegalStateException("Could not compile the generated entities");
			}
			URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
					GeneratedEntities.class.getClassLoader());
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

	private static String name(int index) {
		return String.format("Generated%04d", index);
	}

	private static String source(String pkg, String name, String parent) {
		return """
				package %s;

				@jakarta.persistence.Entity
				public class %s {
					@jakarta.persistence.Id
					private Long id;
					@jakarta.persistence.Column(length = 80)
					private String label;
					private int quantity;
					private Long bigNumber;
					@jakarta.persistence.Column(precision = 12, scale = 2)
					private java.math.BigDecimal amount;
					private Boolean enabled;
					private java.time.LocalDate createdOn;
					private java.time.LocalDateTime updatedAt;
					private Double ratio;
					private String note;
					private Short priority;
					@jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
					private %s parent;
				}
				""".formatted(pkg, name, parent);
	}

}
