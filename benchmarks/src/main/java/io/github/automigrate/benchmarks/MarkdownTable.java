package io.github.automigrate.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Writes the results as a Markdown table: one row per cell, medians with their range, and
 * the ratios.
 */
public final class MarkdownTable {

	private static final String AM = "AutoMigrate";

	private static final String HIBERNATE = "Hibernate update";

	private static final String JDBC = "direct JDBC";

	private static final String AOT = AutoMigrateContender.AOT;

	private static final double MB = 1024.0 * 1024.0;

	private MarkdownTable() {
	}

	/**
	 * Renders the results.
	 * @param results the results
	 * @return the table, with notes below it
	 */
	public static String render(Results results) {
		StringBuilder out = new StringBuilder();
		out.append(
				"| database | N | scenario | AutoMigrate ms | Hibernate update ms | AM/Hib | direct JDBC ms | AM/JDBC"
						+ " | AM trips (meta+stmt) | Hib trips (meta+stmt) | AM peak MB | Hib peak MB | AM alloc MB | Hib alloc MB"
						+ " | AM AOT ms | AM AOT alloc MB |\n");
		out.append("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		for (Results.Cell cell : results.cells()) {
			List<Measurement> am = results.of(cell, AM);
			List<Measurement> hib = results.of(cell, HIBERNATE);
			List<Measurement> jdbc = results.of(cell, JDBC);
			List<Measurement> aot = results.of(cell, AOT);
			out.append("| ")
				.append(cell.database())
				.append(" | ")
				.append(cell.size())
				.append(" | ")
				.append(cell.scenario().label())
				.append(" | ");
			out.append(time(results, cell, AM, am))
				.append(" | ")
				.append(time(results, cell, HIBERNATE, hib))
				.append(" | ");
			out.append(ratio(am, hib)).append(" | ");
			boolean replayed = cell.scenario() != Scenario.STEADY;
			out.append(replayed ? time(results, cell, JDBC, jdbc) : "").append(" | ");
			out.append(replayed ? ratio(am, jdbc) : "").append(" | ");
			out.append(trips(am)).append(" | ").append(trips(hib)).append(" | ");
			out.append(megabytes(am, Measurement::peakHeapBytes))
				.append(" | ")
				.append(megabytes(hib, Measurement::peakHeapBytes))
				.append(" | ");
			out.append(megabytes(am, Measurement::allocatedBytes))
				.append(" | ")
				.append(megabytes(hib, Measurement::allocatedBytes))
				.append(" | ");
			boolean measuresAot = cell.scenario() != Scenario.COLD;
			out.append(measuresAot ? time(results, cell, AOT, aot) : "")
				.append(" | ")
				.append(measuresAot ? megabytes(aot, Measurement::allocatedBytes) : "")
				.append(" |\n");
		}
		results.notes().forEach((note) -> out.append("\n").append(note).append("\n"));
		return out.toString();
	}

	private static String time(Results results, Results.Cell cell, String contender, List<Measurement> runs) {
		if (runs.isEmpty()) {
			String failure = results.failure(cell, contender);
			return (failure != null) ? "failed: " + shorten(failure.replace('|', '/').replace('\n', ' ')) : "–";
		}
		Stats stats = Stats.of(runs, (run) -> run.nanos() / 1e6);
		return format(stats.median()) + " (" + format(stats.min()) + "–" + format(stats.max()) + ")";
	}

	private static String ratio(List<Measurement> numerator, List<Measurement> denominator) {
		if (numerator.isEmpty() || denominator.isEmpty()) {
			return "–";
		}
		double below = Stats.of(denominator, Measurement::nanos).median();
		return (below <= 0) ? "n/a"
				: String.format(Locale.ROOT, "%.2f", Stats.of(numerator, Measurement::nanos).median() / below);
	}

	private static String trips(List<Measurement> runs) {
		if (runs.isEmpty()) {
			return "–";
		}
		long metadata = Math.round(Stats.of(runs, (run) -> run.counts().metadata()).median());
		long statements = Math.round(Stats.of(runs, (run) -> run.counts().statements()).median());
		return metadata + "+" + statements;
	}

	private static String megabytes(List<Measurement> runs, ToDoubleFunction<Measurement> bytes) {
		return runs.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f", Stats.of(runs, bytes).median() / MB);
	}

	private static String shorten(String text) {
		String cause = text.replace("Could not migrate the schema: ", "")
			.replace("[SQLITE_ERROR] SQL error or missing database ", "");
		return (cause.length() > 60) ? cause.substring(0, 57) + "..." : cause;
	}

	private static String format(double millis) {
		return String.format(Locale.ROOT, (Math.abs(millis) >= 100) ? "%.0f" : "%.1f", millis);
	}

}
