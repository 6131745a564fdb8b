package io.github.automigrate.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws one scenario's times as an SVG line chart: time against the number of entities,
 * both on log scales, one line per database and contender (a colour per database,
 * Hibernate dashed). Plain SVG text, no library.
 */
public final class SvgChart {

	private static final int WIDTH = 820;

	private static final int HEIGHT = 440;

	private static final int LEFT = 70;

	private static final int RIGHT = 230;

	private static final int TOP = 40;

	private static final int BOTTOM = 50;

	private static final Map<String, String> DATABASE_COLOURS = Map.of("SQLite", "#1f77b4", "H2", "#ff7f0e", "MariaDB",
			"#2ca02c", "PostgreSQL", "#d62728");

	private static final List<String> OTHER_COLOURS = List.of("#9467bd", "#8c564b", "#e377c2", "#7f7f7f");

	private SvgChart() {
	}

	/**
	 * Renders a chart.
	 * @param title the title, such as the scenario's name
	 * @param series the lines; points of zero or negative time are left out (a log scale
	 * has no place for them)
	 * @return the SVG document
	 */
	public static String render(String title, List<ChartSeries> series) {
		Scale x = Scale.of(series.stream()
			.flatMap((s) -> s.millis().keySet().stream())
			.mapToDouble(Integer::doubleValue)
			.toArray(), LEFT, WIDTH - RIGHT);
		Scale y = Scale.of(series.stream()
			.flatMap((s) -> s.millis().values().stream())
			.mapToDouble(Double::doubleValue)
			.filter((v) -> v > 0)
			.toArray(), HEIGHT - BOTTOM, TOP);
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
						+ " font-family=\"sans-serif\" font-size=\"12\">\n",
				WIDTH, HEIGHT, WIDTH, HEIGHT));
		svg.append("<title>").append(escape(title)).append("</title>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", LEFT, escape(title)));
		axes(svg, x, y);
		for (int i = 0; i < series.size(); i++) {
			line(svg, series.get(i), colour(series, series.get(i).database()), x, y);
			legend(svg, series.get(i), colour(series, series.get(i).database()), i);
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void axes(StringBuilder svg, Scale x, Scale y) {
		svg.append("<g class=\"axes\" stroke=\"#ccc\">\n");
		for (double decade = x.low(); decade <= x.high() * 1.0001; decade *= 10) {
			double px = x.position(decade);
			svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>\n", px, TOP, px,
					HEIGHT - BOTTOM));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" stroke=\"none\" fill=\"#333\">%s</text>\n", px,
					HEIGHT - BOTTOM + 18, count(decade)));
		}
		for (double decade = y.low(); decade <= y.high() * 1.0001; decade *= 10) {
			double py = y.position(decade);
			svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n", LEFT, py,
					WIDTH - RIGHT, py));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" stroke=\"none\" fill=\"#333\">%s</text>\n", LEFT - 6,
					py + 4, duration(decade)));
		}
		svg.append("</g>\n");
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">entities (N, log scale)</text>\n",
				(LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12));
		svg.append(String.format(Locale.ROOT,
				"<text x=\"16\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\" transform=\"rotate(-90 16 %d)\">"
						+ "median time (log scale)</text>\n",
				(TOP + HEIGHT - BOTTOM) / 2, (TOP + HEIGHT - BOTTOM) / 2));
	}

	private static void line(StringBuilder svg, ChartSeries series, String colour, Scale x, Scale y) {
		svg.append("<g class=\"series\" data-database=\"")
			.append(escape(series.database()))
			.append("\" data-contender=\"")
			.append(escape(series.contender()))
			.append("\">\n");
		svg.append("<title>").append(escape(series.label())).append("</title>\n");
		StringBuilder points = new StringBuilder();
		StringBuilder markers = new StringBuilder();
		series.millis().forEach((size, millis) -> {
			if (millis > 0) {
				double px = x.position(size);
				double py = y.position(millis);
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
				markers.append(String.format(Locale.ROOT,
						"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s, N = %d: %s ms</title></circle>\n",
						px, py, colour, escape(series.label()), size, number(millis)));
			}
		});
		svg.append(String.format(Locale.ROOT,
				"<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>\n", colour, dash(series),
				points.toString().trim()));
		svg.append(markers).append("</g>\n");
	}

	private static void legend(StringBuilder svg, ChartSeries series, String colour, int index) {
		int top = TOP + 8 + index * 20;
		int left = WIDTH - RIGHT + 16;
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>\n", left, top,
				left + 28, top, colour, dash(series)));
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#333\">%s</text>\n", left + 34, top + 4,
				escape(series.label())));
	}

	private static String dash(ChartSeries series) {
		return series.contender().startsWith("AutoMigrate") ? "" : " stroke-dasharray=\"6 4\"";
	}

	private static String colour(List<ChartSeries> series, String database) {
		String known = DATABASE_COLOURS.get(database);
		if (known != null) {
			return known;
		}
		List<String> others = series.stream()
			.map(ChartSeries::database)
			.filter((d) -> !DATABASE_COLOURS.containsKey(d))
			.distinct()
			.toList();
		return OTHER_COLOURS.get(others.indexOf(database) % OTHER_COLOURS.size());
	}

	private static String count(double value) {
		return String.format(Locale.ROOT, "%,d", (long) value);
	}

	private static String duration(double millis) {
		return (millis >= 1000) ? number(millis / 1000) + " s" : number(millis) + " ms";
	}

	private static String number(double value) {
		return (value >= 1 && value == Math.rint(value)) ? String.format(Locale.ROOT, "%,d", (long) value)
				: String.format(Locale.ROOT, (value >= 100) ? "%.0f" : (value >= 1) ? "%.1f" : "%.2g", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/**
	 * A log scale from whole decade to whole decade, mapped onto a pixel range (which may
	 * run backwards).
	 */
	private record Scale(double low, double high, double from, double to) {

		static Scale of(double[] values, double from, double to) {
			double min = 1;
			double max = 10;
			if (values.length > 0) {
				min = Math.pow(10, Math.floor(Math.log10(java.util.Arrays.stream(values).min().getAsDouble())));
				max = Math.pow(10, Math.ceil(Math.log10(java.util.Arrays.stream(values).max().getAsDouble())));
			}
			return new Scale(min, Math.max(max, min * 10), from, to);
		}

		double position(double value) {
			double share = (Math.log10(value) - Math.log10(this.low)) / (Math.log10(this.high) - Math.log10(this.low));
			return this.from + share * (this.to - this.from);
		}

	}

}
