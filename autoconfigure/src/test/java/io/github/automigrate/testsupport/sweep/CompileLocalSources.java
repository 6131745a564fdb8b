package io.github.automigrate.testsupport.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a tree of third-party Java sources (a project's test suite, fetched into a
 * git-ignored folder) as far as it compiles: each round compiles what is left in one go
 * and drops the files javac reports errors in, until a round compiles cleanly. The
 * sources are never part of this project; only their class files feed
 * {@link LocalSourcesSweep}.
 * <p>
 * Runs with the JDK alone:
 * {@code java CompileLocalSources.java <sources> <classpath> <output> [processor]}, the
 * processor being an annotation processor class to run (for example Hibernate's metamodel
 * generator) or none. With {@code -Dper.package=true} each package that holds an
 * {@code @Entity} compiles on its own (the others' sources on the source path): a large
 * tree then needs no second round over all of it.
 */
public final class CompileLocalSources {

	private static final int MAX_ROUNDS = 12;

	private CompileLocalSources() {
	}

	public static void main(String[] args) throws IOException {
		Path sources = Path.of(args[0]);
		String classpath = args[1];
		Path output = Path.of(args[2]);
		String processor = (args.length > 3) ? args[3] : null;
		Files.createDirectories(output);
		Path generated = Files.createDirectories(output.resolveSibling(output.getFileName() + "-generated"));
		List<Path> files;
		try (Stream<Path> walk = Files.walk(sources)) {
			files = new ArrayList<>(walk.filter((path) -> path.toString().endsWith(".java")).sorted().toList());
		}
		Map<Path, String> dropped = new LinkedHashMap<>();
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (Boolean.getBoolean("per.package")) {
			Map<Path, List<Path>> packages = new java.util.TreeMap<>();
			for (Path file : files) {
				packages.computeIfAbsent(file.getParent(), (key) -> new ArrayList<>()).add(file);
			}
			int done = 0;
			int compiled = 0;
			int entityPackages = 0;
			int stride = Integer.getInteger("stride", 1);
			for (List<Path> group : packages.values()) {
				String relative = sources.relativize(group.get(0).getParent()).toString();
				// -Donly, -Dfrom and -Dto pick packages by their relative path, for runs
				// in parts or in parallel; -Dstride=n
				// every n-th package that holds an entity, for a sample spread over the
				// whole tree.
				if (relative.startsWith(System.getProperty("only", ""))
						&& relative.compareTo(System.getProperty("from", "")) >= 0
						&& relative.compareTo(System.getProperty("to", "\uffff")) < 0
						&& group.stream().anyMatch(CompileLocalSources::mentionsEntity)
						&& (entityPackages++ % stride == 0)) {
					List<Path> left = new ArrayList<>(group);
					compile(compiler, left, sources, classpath + java.io.File.pathSeparator + output, output, generated,
							processor, dropped, true);
					compiled += left.size();
				}
				if (++done % 50 == 0) {
					System.out.printf("%d/%d packages, %d files compiled, %d dropped%n", done, packages.size(),
							compiled, dropped.size());
				}
			}
			writeReport(sources, output, dropped);
			return;
		}
		compile(compiler, files, sources, classpath, output, generated, processor, dropped, false);
		writeReport(sources, output, dropped);
		System.out.printf("compiled %d files, dropped %d%n", files.size(), dropped.size());
	}

	private static boolean mentionsEntity(Path file) {
		try {
			return Files.readString(file).contains("@Entity");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Compiles the files, dropping from the list those that fail, until the rest compiles
	 * (or nothing is left).
	 */
	private static void compile(JavaCompiler compiler, List<Path> files, Path sources, String classpath, Path output,
			Path generated, String processor, Map<Path, String> dropped, boolean sourcePath) throws IOException {
		boolean withSourcePath = sourcePath;
		for (int round = 1; round <= MAX_ROUNDS && !files.isEmpty(); round++) {
			DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
			boolean ok;
			try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
					null)) {
				List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-s", generated.toString(),
						"-cp", classpath, "-encoding", "UTF-8", "-nowarn", "-parameters", "-Xmaxerrs", "1000000",
						"-implicit:class", "-XDshould-stop.ifError=FLOW"));
				if (withSourcePath) {
					options.addAll(List.of("-sourcepath", sources.toString()));
				}
				if (processor != null) {
					options.addAll(List.of("-processor", processor));
				}
				else {
					options.add("-proc:none");
				}
				ok = compiler
					.getTask(null, fileManager, diagnostics, options, null,
							fileManager.getJavaFileObjectsFromPaths(files))
					.call();
			}
			Set<Path> failing = new TreeSet<>();
			for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
				if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null) {
					Path file = Path.of(diagnostic.getSource().toUri());
					failing.add(file);
					dropped.putIfAbsent(file, diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
				}
			}
			if (!sourcePath) {
				System.out.printf("round %d: %d files, %d failing%n", round, files.size(), failing.size());
			}
			if (ok || failing.isEmpty()) {
				return;
			}
			if (!files.removeIf((file) -> failing.contains(file.toAbsolutePath()))) {
				// Errors only in files outside the list (a generated metamodel class,
				// another package's source): once more without the source path, so that
				// what needs them fails in a file of the list instead.
				if (!withSourcePath) {
					files.forEach((file) -> dropped.putIfAbsent(file, "depends on a file that does not compile"));
					files.clear();
					return;
				}
				withSourcePath = false;
			}
		}
	}

	private static void writeReport(Path sources, Path output, Map<Path, String> dropped) {
		List<String> report = new ArrayList<>();
		dropped.forEach((file, message) -> report
			.add(sources.toAbsolutePath().relativize(file.toAbsolutePath()) + "\t" + message));
		try {
			Files.write(output.resolveSibling(output.getFileName() + "-dropped.tsv"), report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
