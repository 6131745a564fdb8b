package io.github.automigrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The charts of a benchmark: one per scenario, AutoMigrate and Hibernate per database,
 * from a run's results or from a table it wrote earlier ({@link MarkdownTable}'s form).
 */
public final class Charts {

	/** The contenders drawn, in the order of their columns. */
	static final List<String> CONTENDERS = List.of("AutoMigrate", "Hibernate update");

	private Charts() {
	}

	/**
	 * The lines of each scenario, from a run's results: the median of each cell's runs.
	 * @param results the results
	 * @return the lines by scenario, in the order the cells were run
	 */
	public static Map<Scenario, List<ChartSeries>> from(Results results) {
		Map<Scenario, Map<String, ChartSeries>> byScenario = new LinkedHashMap<>();
		for (Results.Cell cell : results.cells()) {
			for (String contender : CONTENDERS) {
				List<Measurement> runs = results.of(cell, contender);
				if (!runs.isEmpty()) {
					add(byScenario, cell.scenario(), cell.database(), contender, cell.size(),
							Stats.of(runs, (run) -> run.nanos() / 1e6).median());
				}
			}
		}
		return lines(byScenario);
	}

	/**
	 * The lines of each scenario, from the first table in Markdown text that has the
	 * columns {@code database}, {@code N}, {@code scenario} and a time column per
	 * contender (a median, optionally followed by its range). Failed and empty cells are
	 * left out.
	 * @param markdown the text
	 * @return the lines by scenario
	 */
	public static Map<Scenario, List<ChartSeries>> fromTable(String markdown) {
		Map<Scenario, Map<String, ChartSeries>> byScenario = new LinkedHashMap<>();
		List<String> header = null;
		for (String line : markdown.split("\n")) {
			List<String> cells = cells(line);
			if (header == null) {
				header = (cells.size() > 3 && cells.subList(0, 3).equals(List.of("database", "N", "scenario"))) ? cells
						: null;
				continue;
			}
			if (cells.isEmpty()) {
				break;
			}
			if (cells.get(0).startsWith("---")) {
				continue;
			}
			Scenario scenario = Scenario.valueOf(cells.get(2).toUpperCase(Locale.ROOT));
			for (String contender : CONTENDERS) {
				int column = header.indexOf(contender + " ms");
				Double millis = (column >= 0 && column < cells.size()) ? median(cells.get(column)) : null;
				if (millis != null) {
					add(byScenario, scenario, cells.get(0), contender, Integer.parseInt(cells.get(1)), millis);
				}
			}
		}
		return lines(byScenario);
	}

	/**
	 * Writes one chart per scenario, {@code <prefix><scenario>.svg}.
	 * @param lines the lines by scenario
	 * @param directory where to write them
	 * @param prefix the start of each file's name
	 * @param subtitle what the charts come from, appended to each title
	 * @return the files written
	 * @throws IOException if one cannot be written
	 */
	public static List<Path> write(Map<Scenario, List<ChartSeries>> lines, Path directory, String prefix,
			String subtitle) throws IOException {
		Files.createDirectories(directory);
		List<Path> written = new ArrayList<>();
		for (Map.Entry<Scenario, List<ChartSeries>> entry : lines.entrySet()) {
			Path file = directory.resolve(prefix + entry.getKey().label() + ".svg");
			String title = entry.getKey().label() + ": " + describe(entry.getKey())
					+ (subtitle.isEmpty() ? "" : " (" + subtitle + ")");
			Files.writeString(file, SvgChart.render(title, entry.getValue()));
			written.add(file);
		}
		return written;
	}

	/**
	 * Draws the charts of a table written earlier:
	 * {@code <markdown file> <output directory> [<heading> [<subtitle>]]}, the table
	 * being the first after the line that is the heading (the file's first table without
	 * one).
	 * @param args the arguments
	 * @throws IOException if the file cannot be read or a chart written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException(
					"Usage: Charts <markdown file> <output directory> [<heading> [<subtitle>]]");
		}
		String text = Files.readString(Path.of(args[0]));
		if (args.length > 2) {
			// The heading is a line of its own: the command that names it may wrap onto a
			// line that starts with it too.
			int heading = text.indexOf("\n" + args[2] + "\n");
			if (heading < 0) {
				throw new IllegalArgumentException("No heading '" + args[2] + "' in " + args[0]);
			}
			text = text.substring(heading + 1);
		}
		for (Path file : write(fromTable(text), Path.of(args[1]), "", (args.length > 3) ? args[3] : "")) {
			System.err.println("[bench] wrote " + file);
		}
	}

	private static String describe(Scenario scenario) {
		return switch (scenario) {
			case COLD -> "empty database, every table created";
			case STEADY -> "schema complete, nothing to do";
			case DRIFT -> "one table in ten lost a column";
		};
	}

	private static void add(Map<Scenario, Map<String, ChartSeries>> byScenario, Scenario scenario, String database,
			String contender, int size, double millis) {
		byScenario.computeIfAbsent(scenario, (key) -> new LinkedHashMap<>())
			.computeIfAbsent(database + "\n" + contender,
					(key) -> new ChartSeries(database, contender, new TreeMap<>()))
			.millis()
			.put(size, millis);
	}

	private static Map<Scenario, List<ChartSeries>> lines(Map<Scenario, Map<String, ChartSeries>> byScenario) {
		Map<Scenario, List<ChartSeries>> lines = new LinkedHashMap<>();
		byScenario.forEach((scenario, series) -> lines.put(scenario, List.copyOf(series.values())));
		return lines;
	}

	private static List<String> cells(String line) {
		String trimmed = line.trim();
		if (!trimmed.startsWith("|")) {
			return List.of();
		}
		String inner = trimmed.substring(1, trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length());
		return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
	}

	/**
	 * The median of a time cell such as {@code 29.4 (28.1–34.8)}; {@code null} for a
	 * failed or empty one.
	 */
	private static Double median(String cell) {
		String first = cell.split(" ", 2)[0];
		try {
			return Double.valueOf(first);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
