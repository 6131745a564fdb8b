package io.github.automigrate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A generated model of N entities: Java sources written to a temporary directory,
 * compiled with the system compiler and loaded by a class loader of their own. Each
 * entity has ten columns of mixed types besides its id, and a lazy {@code @ManyToOne} to
 * the next entity (the last one to the first; an eager chain of 1,000 overflows
 * Hibernate's stack while it builds its fetch graphs).
 */
public final class EntityModel {

	/** The column a drifted table lacks. */
	public static final String DRIFT_COLUMN = "note";

	private final int size;

	private final List<Class<?>> classes;

	private final ClassLoader classLoader;

	private EntityModel(int size, List<Class<?>> classes, ClassLoader classLoader) {
		this.size = size;
		this.classes = classes;
		this.classLoader = classLoader;
	}

	/**
	 * Generates, compiles and loads a model.
	 * @param size the number of entities
	 * @return the model
	 */
	public static EntityModel generate(int size) {
		try {
			Path root = Files.createTempDirectory("automigrate-bench-model");
			String pkg = "bench.n" + size;
			Path sources = root.resolve("src/bench/n" + size);
			Path classesDir = root.resolve("classes");
			Files.createDirectories(sources);
			Files.createDirectories(classesDir);
			List<String> files = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				Path file = sources.resolve(className(i) + ".java");
				Files.writeString(file, source(pkg, i, (i + 1) % size));
				files.add(file.toString());
			}
			compile(files, classesDir);
			URLClassLoader loader = new URLClassLoader(new URL[] { classesDir.toUri().toURL() },
					EntityModel.class.getClassLoader());
			List<Class<?>> classes = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				classes.add(loader.loadClass(pkg + "." + className(i)));
			}
			return new EntityModel(size, List.copyOf(classes), loader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The number of entities. */
	public int size() {
		return this.size;
	}

	/** The entity classes. */
	public List<Class<?>> classes() {
		return this.classes;
	}

	/**
	 * The class loader of the entity classes, to set as the context class loader while a
	 * contender runs.
	 */
	public ClassLoader classLoader() {
		return this.classLoader;
	}

	/** The table names of the drifted tables: one in ten, at least one. */
	public List<String> driftedTables() {
		List<String> tables = new ArrayList<>();
		for (int i = 0; i < this.size; i += 10) {
			tables.add(className(i).toLowerCase(java.util.Locale.ROOT));
		}
		return tables;
	}

	private static String className(int index) {
		return String.format("Entity%04d", index);
	}

	private static String source(String pkg, int index, int parent) {
		return """
				package %s;

				import java.math.BigDecimal;
				import java.time.LocalDate;
				import java.time.LocalDateTime;

				import jakarta.persistence.Column;
				import jakarta.persistence.Entity;
				import jakarta.persistence.FetchType;
				import jakarta.persistence.Id;
				import jakarta.persistence.ManyToOne;

				@Entity
				public class %s {
					@Id
					private Long id;
					@Column(length = 80)
					private String label;
					private int quantity;
					private Long bigNumber;
					@Column(precision = 12, scale = 2)
					private BigDecimal amount;
					private Boolean enabled;
					private LocalDate createdOn;
					private LocalDateTime updatedAt;
					private Double ratio;
					@Column(length = 255)
					private String note;
					private Short priority;
					@ManyToOne(fetch = FetchType.LAZY)
					private %s parent;
				}
				""".formatted(pkg, className(index), className(parent));
	}

	private static void compile(List<String> files, Path classesDir) throws MalformedURLException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new IllegalStateException("No system Java compiler: run the benchmark on a JDK");
		}
		List<String> arguments = new ArrayList<>(
				List.of("-d", classesDir.toString(), "-proc:none", "-nowarn", "-classpath", jakartaPersistenceJar()));
		arguments.addAll(files);
		int status = compiler.run(null, null, System.err, arguments.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("Could not compile the generated entities (status " + status + ")");
		}
	}

	private static String jakartaPersistenceJar() {
		try {
			return Path.of(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.toString();
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
