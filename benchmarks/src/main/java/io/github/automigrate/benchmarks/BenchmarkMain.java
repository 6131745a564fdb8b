package io.github.automigrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the benchmark the system properties describe (see {@link BenchmarkOptions}) and
 * prints the Markdown table; progress goes to standard error.
 */
public final class BenchmarkMain {

	private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		HIBERNATE_LOG.setLevel(Level.SEVERE);
		BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
		List<EntityModel> models = new ArrayList<>();
		for (EntityModel.Kind kind : options.models()) {
			for (int size : options.sizes()) {
				long start = System.nanoTime();
				models.add(EntityModel.generate(kind, size));
				progress("generated and compiled %d %s classes in %d ms", size, kind.label(),
						(System.nanoTime() - start) / 1_000_000);
			}
		}
		Results results = new Results();
		Meter meter = new Meter();
		for (String key : options.databases()) {
			BenchDatabase database = Databases.of(key);
			try {
				database.create().close();
			}
			catch (Exception ex) {
				results.note("Skipped " + database.name() + ": " + ex.getMessage());
				progress("skipping %s: %s", database.name(), ex.getMessage());
				continue;
			}
			for (EntityModel model : models) {
				if (model.kind() == EntityModel.Kind.JDBC && "SQLite".equals(database.name())) {
					String note = "Skipped the Spring Data JDBC model on SQLite: Spring Data ships no SQLite dialect,"
							+ " and the benchmark reads the aggregates with Spring Data's defaults.";
					if (!results.notes().contains(note)) {
						results.note(note);
					}
					continue;
				}
				for (Scenario scenario : options.scenarios()) {
					runCell(options, database, model, scenario, results, meter);
					write(options, results);
				}
			}
		}
		System.out.println(MarkdownTable.render(results));
		for (Path chart : writeCharts(options, results)) {
			progress("wrote %s", chart);
		}
	}

	/**
	 * Writes the table so far to {@code bench.out}, if set, so that a long run that is
	 * stopped leaves its rows.
	 */
	private static void write(BenchmarkOptions options, Results results) throws IOException {
		if (!options.out().isEmpty()) {
			Files.writeString(Path.of(options.out()), MarkdownTable.render(results));
			writeCharts(options, results);
		}
	}

	/**
	 * Writes a chart per scenario beside {@code bench.out} ({@code <its name>-cold.svg},
	 * ...), or in {@code target/charts} without it.
	 */
	private static List<Path> writeCharts(BenchmarkOptions options, Results results) throws IOException {
		if (options.out().isEmpty()) {
			return Charts.write(Charts.from(results), Path.of("target", "charts"), "", "");
		}
		Path out = Path.of(options.out()).toAbsolutePath();
		String name = out.getFileName().toString();
		String stem = (name.lastIndexOf('.') > 0) ? name.substring(0, name.lastIndexOf('.')) : name;
		return Charts.write(Charts.from(results), out.getParent(), stem + "-", "");
	}

	private static void runCell(BenchmarkOptions options, BenchDatabase database, EntityModel model, Scenario scenario,
			Results results, Meter meter) {
		Results.Cell cell = new Results.Cell(database.name() + label(model), model.size(), scenario);
		AutoMigrateContender autoMigrate = new AutoMigrateContender();
		List<Contender> contenders = List
			.of(autoMigrate, new HibernateContender(hibernateDialect(database)),
					new DirectJdbcContender(autoMigrate::lastSql), new AutoMigrateContender(true))
			.stream()
			.filter((contender) -> contender.runsOn(model))
			.toList();
		for (int run = 0; run < options.warmups() + options.runs(); run++) {
			for (Contender contender : order(contenders, run)) {
				boolean nothingToReplay = contender instanceof DirectJdbcContender
						&& autoMigrate.lastSql(scenario).isEmpty();
				if (!contender.runsIn(scenario) || nothingToReplay || results.failure(cell, contender.name()) != null) {
					continue;
				}
				try (BenchDatabase.Scratch scratch = database.create()) {
					Measurement measurement = contender.run(scenario, model, scratch, run, meter);
					if (run >= options.warmups()) {
						results.add(cell, contender.name(), measurement);
					}
				}
				catch (Exception | StackOverflowError ex) {
					results.fail(cell, contender.name(), String.valueOf(ex.getMessage()));
					progress("%s failed in %s: %s", contender.name(), cell, ex);
				}
			}
			progress("%s N=%d %s: run %d done", database.name(), model.size(), scenario.label(), run);
		}
	}

	/**
	 * The model in the table's database column: nothing for JPA entities, which the table
	 * has always shown.
	 */
	private static String label(EntityModel model) {
		return (model.kind() == EntityModel.Kind.JPA) ? "" : " (Spring Data JDBC)";
	}

	/**
	 * AutoMigrate and Hibernate alternate who goes first; direct JDBC replays
	 * AutoMigrate's run, so it goes after them; AutoMigrate's AOT variant last. Without
	 * Hibernate (a Spring Data JDBC model), AutoMigrate then direct JDBC.
	 */
	private static List<Contender> order(List<Contender> contenders, int run) {
		List<Contender> ordered = new ArrayList<>(contenders);
		if (run % 2 == 1 && contenders.get(1) instanceof HibernateContender) {
			ordered.set(0, contenders.get(1));
			ordered.set(1, contenders.get(0));
		}
		return ordered;
	}

	private static String hibernateDialect(BenchDatabase database) {
		return "SQLite".equals(database.name()) ? "org.hibernate.community.dialect.SQLiteDialect" : null;
	}

	private static void progress(String format, Object... args) {
		System.err.println("[bench] " + String.format(format, args));
	}

}
