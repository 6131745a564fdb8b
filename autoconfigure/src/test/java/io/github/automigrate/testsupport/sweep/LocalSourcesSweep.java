package io.github.automigrate.testsupport.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.mapping.jpa.EntityMappingReader;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.testsupport.ColumnShapes;
import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.KeyShapes;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.SpringImplicitNaming;
import io.github.automigrate.testsupport.TestDatabase;

/**
 * Runs entity classes compiled from third-party sources (see {@link CompileLocalSources};
 * they stay in a git-ignored folder) through the fidelity check of the integration tests,
 * one package at a time: AutoMigrate migrates an empty database, Hibernate validates it,
 * a second run does nothing, and columns and keys match Hibernate's own {@code create}.
 * Each package gets a verdict that says whose failure it is; nothing is asserted, the
 * verdicts go to a report, for a person to read and turn into test models of our own.
 * <p>
 * Runs only when asked:
 * {@code -Dtest=LocalSourcesSweep -Dautomigrate.sweep.classes=<folder of class files>},
 * with optional {@code automigrate.sweep.prefix} (a package prefix),
 * {@code automigrate.sweep.databases} ({@code h2,postgresql,mariadb,sqlite}),
 * {@code automigrate.sweep.report} (a folder) and {@code automigrate.sweep.unit=all} (one
 * unit of every entity found, for an application's model rather than a test suite's
 * packages). Several folders are separated by {@code ;};
 * {@code automigrate.sweep.classpath} adds jars or folders that only serve class loading;
 * {@code automigrate.sweep.max} takes one unit per package from that many packages spread
 * across the list.
 */
@EnabledIfSystemProperty(named = "automigrate.sweep.classes", matches = ".+")
class LocalSourcesSweep {

	/** Test-class annotations of Hibernate's test kit that list a test's exact model. */
	private static final Set<String> MODEL_ANNOTATIONS = Set.of("org.hibernate.testing.orm.junit.DomainModel",
			"org.hibernate.testing.orm.junit.Jpa");

	private static final long UNIT_TIMEOUT_SECONDS = Long.getLong("automigrate.sweep.timeout", 300);

	/** Whose failure a unit's outcome is, in the order the checks run. */
	enum Verdict {

		/**
		 * Migrated, validated, a second run empty, columns and keys as Hibernate creates
		 * them.
		 */
		PASS("-"),
		/**
		 * As PASS, but Hibernate's own create fails on this database, so nothing to
		 * compare with.
		 */
		PASS_HIBERNATE_CREATE_FAILS("i"),
		/**
		 * AutoMigrate's statement fails, and so does Hibernate's own create on this
		 * database.
		 */
		HIBERNATE_CREATE_FAILS_TOO("i"),
		/**
		 * Hibernate rejects the mapping itself (a negative test, or settings the test
		 * gives).
		 */
		HIBERNATE_REJECTS_MAPPING("i"),
		/** Hibernate cannot validate even the schema its own create made. */
		HIBERNATE_REJECTS_OWN_SCHEMA("i"),
		/** AutoMigrate stops with its mapping error. */
		REFUSED("ii"),
		/** Hibernate's validate rejects what AutoMigrate built. */
		VALIDATE_FAILS("iii"),
		/** A second run plans statements or reports drift on AutoMigrate's own schema. */
		SECOND_RUN_NOT_EMPTY("iii"),
		/** Columns or keys differ from Hibernate's create. */
		DIFFERS_FROM_CREATE("iii"),
		/** The database rejects a statement AutoMigrate planned. */
		STATEMENT_FAILS("iv"),
		/** Any other exception out of AutoMigrate. */
		CRASH("iv"),
		/** The unit did not finish in time. */
		TIMEOUT("iv");

		final String kind;

		Verdict(String kind) {
			this.kind = kind;
		}

	}

	record Unit(String name, List<Class<?>> classes) {
	}

	record Outcome(Verdict verdict, String detail) {
	}

	/**
	 * Runs the sweep without JUnit, on the test class path: the same system properties
	 * apply.
	 */
	public static void main(String[] args) throws Exception {
		new LocalSourcesSweep().sweep();
		System.exit(0);
	}

	@Test
	void sweep() throws Exception {
		quietLogging();
		List<Path> roots = paths(System.getProperty("automigrate.sweep.classes"), ";");
		List<Path> extra = paths(System.getProperty("automigrate.sweep.classpath", ""), java.io.File.pathSeparator);
		String prefix = System.getProperty("automigrate.sweep.prefix", "");
		List<String> databases = List.of(System.getProperty("automigrate.sweep.databases", "h2,postgresql").split(","));
		Path report = Files.createDirectories(Path.of(System.getProperty("automigrate.sweep.report", "target/sweep")));
		URL[] urls = Stream.concat(roots.stream(), extra.stream()).map(LocalSourcesSweep::url).toArray(URL[]::new);
		try (URLClassLoader loader = new URLClassLoader(urls, getClass().getClassLoader())) {
			Thread.currentThread().setContextClassLoader(loader);
			List<Unit> units = sample(units(roots, loader, prefix), Integer.getInteger("automigrate.sweep.max", 0));
			System.out.printf("sweep: %d units%n", units.size());
			for (String database : databases) {
				sweep(database, units, report.resolve("sweep-" + database + ".tsv"));
			}
		}
	}

	private void sweep(String databaseName, List<Unit> units, Path file) throws IOException {
		Map<Verdict, Integer> counts = new TreeMap<>();
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
			ExecutorService executor = Executors.newSingleThreadExecutor();
			int done = 0;
			for (Unit unit : units) {
				TestDatabase database = database(databaseName);
				Future<Outcome> future = executor.submit(() -> check(database, unit.classes()));
				Outcome outcome;
				try {
					outcome = future.get(UNIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
				}
				catch (TimeoutException ex) {
					future.cancel(true);
					executor.shutdownNow();
					executor = Executors.newSingleThreadExecutor();
					outcome = new Outcome(Verdict.TIMEOUT, "");
				}
				catch (Exception ex) {
					outcome = new Outcome(Verdict.CRASH, "harness: " + describe(ex));
				}
				finally {
					release(database);
				}
				counts.merge(outcome.verdict(), 1, Integer::sum);
				out.printf("%s\t%s\t%d\t%s\t%s\t%s%n", databaseName, unit.name(), unit.classes().size(),
						outcome.verdict().kind, outcome.verdict(), oneLine(outcome.detail()));
				out.flush();
				if (++done % 25 == 0) {
					System.out.printf("sweep %s: %d/%d %s%n", databaseName, done, units.size(), counts);
				}
			}
			executor.shutdownNow();
		}
		System.out.printf("sweep %s done: %s%n", databaseName, counts);
	}

	/**
	 * One unit through the checks: Hibernate's create first (on a database of its own),
	 * then AutoMigrate's run.
	 */
	private Outcome check(TestDatabase database, List<Class<?>> classes) {
		DataSource hibernate = database.create();
		Throwable created = hibernate(database, hibernate, classes, "create-only");
		if (created != null && !isSqlFailure(created)) {
			return new Outcome(Verdict.HIBERNATE_REJECTS_MAPPING,
					describe(created) + " | AutoMigrate: " + readOnly(classes));
		}
		DataSource ours = database.create();
		try {
			MigrationReport report = Migrations.migrate(ours, classes);
			Objects.requireNonNull(report);
		}
		catch (MappingException ex) {
			return new Outcome(Verdict.REFUSED, describe(ex));
		}
		catch (MigrationFailedException ex) {
			// A statement Hibernate's own create cannot run either (a columnDefinition
			// this database lacks) is not ours.
			Verdict verdict = (created != null) ? Verdict.HIBERNATE_CREATE_FAILS_TOO : Verdict.STATEMENT_FAILS;
			return new Outcome(verdict,
					describe(ex) + " | Hibernate's create: " + ((created != null) ? describe(created) : "runs"));
		}
		catch (RuntimeException | StackOverflowError | AssertionError ex) {
			return new Outcome(Verdict.CRASH, describe(ex) + " at " + firstFrame(ex));
		}
		Throwable validated = hibernate(database, ours, classes, "validate");
		if (validated != null) {
			if (created != null) {
				return new Outcome(Verdict.PASS_HIBERNATE_CREATE_FAILS,
						"validate fails too: " + describe(validated) + " | create: " + describe(created));
			}
			Throwable own = hibernate(database, hibernate, classes, "validate");
			if (own != null) {
				return new Outcome(Verdict.HIBERNATE_REJECTS_OWN_SCHEMA, describe(own));
			}
			return new Outcome(Verdict.VALIDATE_FAILS, describe(validated));
		}
		MigrationReport second;
		try {
			second = Migrations.migrate(ours, classes);
		}
		catch (RuntimeException ex) {
			return new Outcome(Verdict.SECOND_RUN_NOT_EMPTY, "second run fails: " + describe(ex));
		}
		if (!second.statements().isEmpty() || !second.drift().isEmpty()) {
			return new Outcome(Verdict.SECOND_RUN_NOT_EMPTY,
					"statements " + second.statements() + " drift " + second.drift());
		}
		if (created != null) {
			return new Outcome(Verdict.PASS_HIBERNATE_CREATE_FAILS, describe(created));
		}
		List<String> differences = new ArrayList<>(differences(ColumnShapes.read(ours), ColumnShapes.read(hibernate)));
		differences.addAll(differences(KeyShapes.read(ours), KeyShapes.read(hibernate)));
		differences.addAll(differences(primaryKeys(ours), primaryKeys(hibernate)));
		List<String> accepted = differences.stream()
			.filter((difference) -> acceptedKind(database, difference) != null)
			.map((difference) -> acceptedKind(database, difference) + ": " + difference)
			.toList();
		differences.removeIf((difference) -> acceptedKind(database, difference) != null);
		String named = accepted.isEmpty() ? "" : " | accepted: " + String.join(" ; ", accepted);
		return differences.isEmpty() ? new Outcome(Verdict.PASS, named)
				: new Outcome(Verdict.DIFFERS_FROM_CREATE, String.join(" ; ", differences) + named);
	}

	/**
	 * The kind of a difference the integration tests accept with a reason (see their
	 * {@code acceptedDifferences}), or {@code null}: a difference to look at.
	 */
	private static String acceptedKind(TestDatabase database, String difference) {
		String name = keyOf(difference);
		String ours = difference.substring(difference.indexOf(": AutoMigrate ") + ": AutoMigrate ".length(),
				difference.lastIndexOf(", Hibernate "));
		String theirs = difference.substring(difference.lastIndexOf(", Hibernate ") + ", Hibernate ".length());
		boolean sqlite = database.name().equals("SQLite");
		if (ours.startsWith("unique uk") && theirs.startsWith("unique ") && !theirs.startsWith("unique uk")) {
			return "unnamed unique key";
		}
		// MariaDB: Hibernate's native enum reads as text as long as its longest constant,
		// AutoMigrate's varchar as long as the column, nullability the same.
		boolean sameNullability = ours.endsWith(" not null") == theirs.endsWith(" not null");
		if (theirs.startsWith("enum") || (theirs.startsWith("text(") && ours.startsWith("text(") && sameNullability
				&& database.name().equals("MariaDB"))) {
			return "enum type";
		}
		if (sqlite && name.startsWith("fk ") && theirs.equals("null")) {
			return "SQLite: Hibernate creates no foreign keys";
		}
		if (sqlite && name.startsWith("index ") && (theirs.equals("null") || theirs.contains("sqlite_autoindex"))) {
			return "SQLite: Hibernate declares unique keys inline or not at all";
		}
		if (sqlite && ours.equals(theirs + " not null") && theirs.startsWith("integer")) {
			return "SQLite: identity column";
		}
		if (sqlite && ours.startsWith("text(") && theirs.startsWith("text")) {
			return "SQLite: character length";
		}
		return null;
	}

	/**
	 * Primary keys by table, which {@link KeyShapes} leaves out: {@code pk table} to its
	 * columns.
	 */
	private static Map<String, String> primaryKeys(DataSource dataSource) {
		return new JdbcTemplate(dataSource)
			.execute((org.springframework.jdbc.core.ConnectionCallback<Map<String, String>>) (connection) -> {
				io.github.automigrate.dialect.Dialect dialect = io.github.automigrate.dialect.DialectResolver
					.resolve(connection.getMetaData());
				JdbcTemplate jdbc = new JdbcTemplate(
						new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
				Map<String, String> keys = new TreeMap<>();
				for (io.github.automigrate.model.Table table : new io.github.automigrate.introspect.SchemaIntrospector(
						jdbc, dialect)
					.read(List.of())
					.tables()) {
					String name = table.name().name().text().toLowerCase(Locale.ROOT);
					if (!name.startsWith("hte_") && !name.equals("automigrate_history")) {
						keys.put("pk " + name,
								table.primaryKey()
									.stream()
									.map((column) -> column.text().toLowerCase(Locale.ROOT))
									.collect(Collectors.joining(", ", "(", ")")));
					}
				}
				return keys;
			});
	}

	private static String readOnly(List<Class<?>> classes) {
		try {
			new EntityMappingReader().read(classes);
			return "maps it";
		}
		catch (MappingException ex) {
			return "refuses: " + ex.getMessage();
		}
		catch (RuntimeException | StackOverflowError ex) {
			return "crashes: " + describe(ex);
		}
	}

	private static List<String> differences(Map<String, String> ours, Map<String, String> theirs) {
		Set<String> names = new TreeSet<>(ours.keySet());
		names.addAll(theirs.keySet());
		return names.stream()
			.filter((name) -> !Objects.equals(ours.get(name), theirs.get(name)))
			.map((name) -> name + ": AutoMigrate " + ours.get(name) + ", Hibernate " + theirs.get(name))
			.toList();
	}

	private static String keyOf(String difference) {
		return difference.substring(0, difference.indexOf(": AutoMigrate "));
	}

	/**
	 * Runs Hibernate with Spring Boot's defaults and the given schema action; returns
	 * what it threw, if anything.
	 */
	private static Throwable hibernate(TestDatabase database, DataSource dataSource, List<Class<?>> classes,
			String action) {
		try {
			Configuration configuration = new Configuration();
			for (Class<?> type : classes) {
				if (type.isAnnotationPresent(Converter.class)) {
					addConverter(configuration, type);
				}
				else {
					configuration.addAnnotatedClass(type);
				}
			}
			configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
			configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, action);
			configuration.setProperty(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true");
			configuration.setProperty(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
					"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
			configuration.setProperty(AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNaming.class.getName());
			if (database.hibernateDialect() != null) {
				configuration.setProperty(AvailableSettings.DIALECT, database.hibernateDialect());
			}
			try (SessionFactory factory = configuration.buildSessionFactory()) {
				factory.isOpen();
			}
			return null;
		}
		catch (RuntimeException | LinkageError | StackOverflowError ex) {
			return ex;
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void addConverter(Configuration configuration, Class<?> type) {
		configuration.addAttributeConverter((Class) type);
	}

	/**
	 * Whether Hibernate got as far as the database: a failing statement, not a mapping it
	 * rejects.
	 */
	private static boolean isSqlFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException || cause.getClass().getSimpleName().equals("CommandAcceptanceException")
					|| cause.getClass().getSimpleName().equals("SchemaManagementException")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The units of a folder of class files: per package, all its entity and converter
	 * classes; where two of them share an entity name (tests of one package often nest
	 * entities of the same name), the models the package's test classes declare instead,
	 * one unit each.
	 */
	private static List<Unit> units(List<Path> roots, ClassLoader loader, String prefix) throws IOException {
		Map<String, Set<String>> packages = new TreeMap<>();
		List<Unit> units = new ArrayList<>();
		for (Path root : roots) {
			Map<String, Set<String>> found = classNames(root, prefix);
			if ("all".equals(System.getProperty("automigrate.sweep.unit"))) {
				List<Class<?>> model = found.values()
					.stream()
					.flatMap(Set::stream)
					.sorted()
					.<Class<?>>map((name) -> load(loader, name))
					.filter(Objects::nonNull)
					.filter((type) -> type.isAnnotationPresent(Entity.class)
							|| type.isAnnotationPresent(Converter.class))
					.toList();
				units.add(new Unit(root.toString(), model));
			}
			// A package compiled in two parts (or as another's dependency) is one unit.
			found.forEach((name, classes) -> packages.computeIfAbsent(name, (key) -> new TreeSet<>()).addAll(classes));
		}
		if (!units.isEmpty()) {
			return units;
		}
		packages.forEach((packageName, names) -> {
			List<Class<?>> types = names.stream()
				.sorted()
				.<Class<?>>map((name) -> load(loader, name))
				.filter(Objects::nonNull)
				.toList();
			List<Class<?>> model = types.stream()
				.filter((type) -> type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Converter.class))
				.toList();
			if (model.stream().noneMatch((type) -> type.isAnnotationPresent(Entity.class))) {
				return;
			}
			if (hasUniqueEntityNames(model)) {
				units.add(new Unit(packageName, model));
				return;
			}
			Map<String, List<Class<?>>> declared = new LinkedHashMap<>();
			for (Class<?> type : types) {
				List<Class<?>> classes = declaredModel(type);
				if (!classes.isEmpty() && hasUniqueEntityNames(classes)) {
					declared.putIfAbsent(classes.stream().map(Class::getName).sorted().toList().toString(), classes);
				}
			}
			int index = 0;
			for (List<Class<?>> classes : declared.values()) {
				units.add(new Unit(packageName + "#" + (++index), classes));
			}
		});
		return units;
	}

	/**
	 * With a maximum, one unit per package, packages picked evenly across the list: on a
	 * busy machine a sweep of a thousand packages does not finish, a spread sample of
	 * them does.
	 */
	private static List<Unit> sample(List<Unit> units, int max) {
		if (max <= 0) {
			return units;
		}
		Map<String, Unit> first = new LinkedHashMap<>();
		units.forEach((unit) -> first.putIfAbsent(unit.name().replaceAll("#.*", ""), unit));
		List<Unit> perPackage = new ArrayList<>(first.values());
		if (perPackage.size() <= max) {
			return perPackage;
		}
		List<Unit> picked = new ArrayList<>();
		for (int i = 0; i < max; i++) {
			picked.add(perPackage.get((int) ((long) i * perPackage.size() / max)));
		}
		return picked;
	}

	private static Map<String, Set<String>> classNames(Path root, String prefix) throws IOException {
		Map<String, Set<String>> packages = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.filter((file) -> file.toString().endsWith(".class")).forEach((file) -> {
				String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
				name = name.substring(0, name.length() - ".class".length());
				int dot = name.lastIndexOf('.');
				String packageName = (dot < 0) ? "" : name.substring(0, dot);
				if (packageName.startsWith(prefix)) {
					packages.computeIfAbsent(packageName, (key) -> new TreeSet<>()).add(name);
				}
			});
		}
		return packages;
	}

	private static List<Class<?>> declaredModel(Class<?> type) {
		Set<Class<?>> classes = new LinkedHashSet<>();
		try {
			for (Annotation annotation : type.getAnnotations()) {
				if (MODEL_ANNOTATIONS.contains(annotation.annotationType().getName())) {
					Method method = annotation.annotationType().getMethod("annotatedClasses");
					classes.addAll(Arrays.asList((Class<?>[]) method.invoke(annotation)));
				}
			}
		}
		catch (ReflectiveOperationException | LinkageError | RuntimeException ex) {
			return List.of();
		}
		return classes.stream().anyMatch((found) -> found.isAnnotationPresent(Entity.class)) ? List.copyOf(classes)
				: List.of();
	}

	private static boolean hasUniqueEntityNames(List<Class<?>> classes) {
		List<String> names = classes.stream()
			.filter((type) -> type.isAnnotationPresent(Entity.class))
			.map((type) -> type.getAnnotation(Entity.class).name().isEmpty() ? type.getSimpleName()
					: type.getAnnotation(Entity.class).name())
			.toList();
		return names.size() == new TreeSet<>(names).size();
	}

	private static Class<?> load(ClassLoader loader, String name) {
		try {
			Class<?> type = Class.forName(name, false, loader);
			type.getAnnotations();
			return type;
		}
		catch (ReflectiveOperationException | LinkageError | RuntimeException ex) {
			return null;
		}
	}

	private static TestDatabase database(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "h2" -> new ShutDownAfterUse(EmbeddedDatabases.h2());
			case "postgresql" -> ServerDatabases.postgresql();
			case "mariadb" -> ServerDatabases.mariadb();
			case "sqlite" -> EmbeddedDatabases.sqlite();
			default -> throw new IllegalArgumentException("No such database: " + name);
		};
	}

	private static void release(TestDatabase database) {
		try {
			database.dropAll();
		}
		catch (RuntimeException ex) {
			System.out.println("sweep: could not drop " + database.name() + ": " + ex.getMessage());
		}
	}

	/**
	 * H2 in memory keeps each database until the JVM ends; a sweep makes thousands, so
	 * they are shut down.
	 */
	private static final class ShutDownAfterUse implements TestDatabase {

		private final TestDatabase delegate;

		private final List<DataSource> created = new ArrayList<>();

		ShutDownAfterUse(TestDatabase delegate) {
			this.delegate = delegate;
		}

		@Override
		public String name() {
			return this.delegate.name();
		}

		@Override
		public DataSource create() {
			DataSource dataSource = this.delegate.create();
			this.created.add(dataSource);
			return dataSource;
		}

		@Override
		public String hibernateDialect() {
			return this.delegate.hibernateDialect();
		}

		@Override
		public void dropAll() {
			this.created.forEach((dataSource) -> new JdbcTemplate(dataSource).execute("shutdown"));
		}

	}

	private static void quietLogging() {
		if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(ch.qos.logback.classic.Level.ERROR);
		}
	}

	private static List<Path> paths(String list, String separator) {
		return Arrays.stream(list.split(separator)).filter((entry) -> !entry.isBlank()).map(Path::of).toList();
	}

	private static URL url(Path path) {
		try {
			return path.toUri().toURL();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static String firstFrame(Throwable failure) {
		return Arrays.stream(failure.getStackTrace())
			.limit(3)
			.map(StackTraceElement::toString)
			.collect(Collectors.joining(" < "));
	}

	private static String describe(Throwable failure) {
		String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
		Throwable root = rootCause(failure);
		return (root == failure) ? text : text + " <- " + root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static String oneLine(String text) {
		String line = (text != null) ? text.replaceAll("\\s+", " ") : "";
		return (line.length() > 2000) ? line.substring(0, 2000) + "…" : line;
	}

}
