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
import java.util.Locale;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A generated model of N entities or aggregates: Java sources written to a temporary
 * directory, compiled with the system compiler and loaded by a class loader of their own.
 * A JPA entity has ten columns of mixed types besides its id, and a lazy
 * {@code @ManyToOne} to the next entity (the last one to the first; an eager chain of
 * 1,000 overflows Hibernate's stack while it builds its fetch graphs). A Spring Data JDBC
 * aggregate root has a generated id, seven columns of mixed types, an embedded address
 * (three columns with a prefix) and a list of lines in a child table of its own: 2N
 * tables.
 */
public final class EntityModel {

	/** The column a drifted table lacks. */
	public static final String DRIFT_COLUMN = "note";

	private final Kind kind;

	private final int size;

	private final List<Class<?>> classes;

	private final ClassLoader classLoader;

	private EntityModel(Kind kind, int size, List<Class<?>> classes, ClassLoader classLoader) {
		this.kind = kind;
		this.size = size;
		this.classes = classes;
		this.classLoader = classLoader;
	}

	/**
	 * Generates, compiles and loads a model of JPA entities.
	 * @param size the number of entities
	 * @return the model
	 */
	public static EntityModel generate(int size) {
		return generate(Kind.JPA, size);
	}

	/**
	 * Generates, compiles and loads a model.
	 * @param kind whether JPA entities or Spring Data JDBC aggregates
	 * @param size the number of entities or aggregate roots
	 * @return the model
	 */
	public static EntityModel generate(Kind kind, int size) {
		try {
			Path root = Files.createTempDirectory("automigrate-bench-model");
			String pkg = "bench." + kind.label() + ".n" + size;
			Path sources = root.resolve("src/bench/" + kind.label() + "/n" + size);
			Path classesDir = root.resolve("classes");
			Files.createDirectories(sources);
			Files.createDirectories(classesDir);
			List<String> files = new ArrayList<>();
			if (kind == Kind.JDBC) {
				Path address = sources.resolve("Address.java");
				Files.writeString(address, addressSource(pkg));
				files.add(address.toString());
			}
			for (int i = 0; i < size; i++) {
				Path file = sources.resolve(className(kind, i) + ".java");
				Files.writeString(file,
						(kind == Kind.JPA) ? source(pkg, i, (i + 1) % size) : aggregateSource(pkg, className(kind, i)));
				files.add(file.toString());
			}
			compile(files, classesDir, kind);
			URLClassLoader loader = new URLClassLoader(new URL[] { classesDir.toUri().toURL() },
					EntityModel.class.getClassLoader());
			List<Class<?>> classes = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				classes.add(loader.loadClass(pkg + "." + className(kind, i)));
			}
			return new EntityModel(kind, size, List.copyOf(classes), loader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** JPA entities or Spring Data JDBC aggregates. */
	public Kind kind() {
		return this.kind;
	}

	/** The number of entities, or of aggregate roots. */
	public int size() {
		return this.size;
	}

	/** The entity classes, or the aggregate roots. */
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

	/**
	 * The table names of the drifted tables: one in ten, at least one (aggregate roots'
	 * tables, not their lines').
	 */
	public List<String> driftedTables() {
		List<String> tables = new ArrayList<>();
		for (int i = 0; i < this.size; i += 10) {
			tables.add(className(this.kind, i).toLowerCase(Locale.ROOT));
		}
		return tables;
	}

	private static String className(int index) {
		return className(Kind.JPA, index);
	}

	private static String className(Kind kind, int index) {
		return String.format((kind == Kind.JPA) ? "Entity%04d" : "Aggregate%04d", index);
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

	private static String addressSource(String pkg) {
		return """
				package %s;

				public record Address(String street, String city, String postcode) {
				}
				""".formatted(pkg);
	}

	/**
	 * An aggregate root as Spring Data JDBC maps it: table {@code aggregate0000} (names
	 * quoted in the dialect's case), its embedded address's columns
	 * {@code address_street}, ... in it, and its lines in table
	 * {@code aggregate0000_line}, with the back-reference {@code aggregate0000} and the
	 * list index {@code aggregate0000_key}.
	 */
	private static String aggregateSource(String pkg, String name) {
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
						LocalDate createdOn, LocalDateTime updatedAt, String note,
						@Embedded.Nullable(prefix = "address_") Address address, List<%2$sLine> lines) {

					public record %2$sLine(String product, int quantity) {
					}

				}
				""".formatted(pkg, name);
	}

	private static void compile(List<String> files, Path classesDir, Kind kind) throws MalformedURLException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new IllegalStateException("No system Java compiler: run the benchmark on a JDK");
		}
		List<String> arguments = new ArrayList<>(
				List.of("-d", classesDir.toString(), "-proc:none", "-nowarn", "-classpath",
						(kind == Kind.JPA) ? jar(jakarta.persistence.Entity.class)
								: jar(org.springframework.data.annotation.Id.class) + java.io.File.pathSeparator
										+ jar(org.springframework.data.relational.core.mapping.Table.class)));
		arguments.addAll(files);
		int status = compiler.run(null, null, System.err, arguments.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("Could not compile the generated entities (status " + status + ")");
		}
	}

	private static String jar(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a model maps: JPA entities, or Spring Data JDBC aggregates. */
	public enum Kind {

		/**
		 * JPA entities, read by AutoMigrate's JPA source; Hibernate's update competes.
		 */
		JPA,

		/**
		 * Spring Data JDBC aggregates, read by its Spring Data JDBC source; nothing
		 * competes.
		 */
		JDBC;

		/** The name in {@code bench.model}. */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
