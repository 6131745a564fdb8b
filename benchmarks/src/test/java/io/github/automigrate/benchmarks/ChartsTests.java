package io.github.automigrate.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Charts} and {@link SvgChart}.
 */
class ChartsTests {

	private static final String SVG = "http://www.w3.org/2000/svg";

	@Test
	void aRunGivesAWellFormedChartPerScenarioWithALinePerDatabaseAndContender(@TempDir Path directory)
			throws Exception {
		Results results = new Results();
		for (String database : List.of("H2", "PostgreSQL")) {
			for (int size : List.of(10, 100, 1000)) {
				for (Scenario scenario : List.of(Scenario.COLD, Scenario.STEADY)) {
					Results.Cell cell = new Results.Cell(database, size, scenario);
					results.add(cell, "AutoMigrate", measurement(size * 0.1));
					results.add(cell, "AutoMigrate", measurement(size * 0.3));
					results.add(cell, "Hibernate update", measurement(size * 0.2));
					results.add(cell, "direct JDBC", measurement(size * 0.05));
				}
			}
		}
		List<Path> files = Charts.write(Charts.from(results), directory, "run-", "");
		assertThat(files).extracting((file) -> file.getFileName().toString())
			.containsExactly("run-cold.svg", "run-steady.svg");
		Document chart = parse(Files.readString(files.get(0)));
		assertThat(series(chart)).containsExactly("H2/AutoMigrate", "H2/Hibernate update", "PostgreSQL/AutoMigrate",
				"PostgreSQL/Hibernate update");
		assertThat(markers(chart, "H2/AutoMigrate")).isEqualTo(3);
		assertThat(Files.readString(files.get(0))).contains("H2, AutoMigrate, N = 1000: 200 ms");
	}

	@Test
	void aStoredTableGivesTheSameLinesLeavingOutFailedCells() throws Exception {
		String table = """
				Some text before.

				| database | N | scenario | AutoMigrate ms | Hibernate update ms | AM/Hib |
				|---|--:|---|--:|--:|--:|
				| SQLite | 10 | steady | 5.2 (4.5–5.4) | 3.5 (2.3–4.2) | 1.50 |
				| SQLite | 100 | steady | 5.3 (4.6–9.0) | failed: Error accessing tables metadata [(too many terms in compo... | – |
				| H2 | 1000 | cold | 123 (108–196) | 55.1 (50.6–72.2) | 2.24 |

				| database | N | scenario | AutoMigrate ms | Hibernate update ms |
				|---|--:|---|--:|--:|
				| MariaDB | 10 | cold | 1 | 2 |
				""";
		Map<Scenario, List<ChartSeries>> lines = Charts.fromTable(table);
		assertThat(lines).containsOnlyKeys(Scenario.STEADY, Scenario.COLD);
		assertThat(lines.get(Scenario.STEADY)).extracting(ChartSeries::label)
			.containsExactly("SQLite, AutoMigrate", "SQLite, Hibernate update");
		assertThat(lines.get(Scenario.STEADY).get(0).millis()).containsExactly(Map.entry(10, 5.2), Map.entry(100, 5.3));
		assertThat(lines.get(Scenario.STEADY).get(1).millis()).containsExactly(Map.entry(10, 3.5));
		assertThat(lines.get(Scenario.COLD).get(1).millis()).containsExactly(Map.entry(1000, 55.1));
		assertThat(series(parse(SvgChart.render("cold", lines.get(Scenario.COLD))))).containsExactly("H2/AutoMigrate",
				"H2/Hibernate update");
	}

	@Test
	void theHeadingNamedIsALineOfItsOwnNotACommandWrappedOntoALineStartingWithIt(@TempDir Path directory)
			throws Exception {
		Path readme = directory.resolve("README.md");
		Files.writeString(readme, """
				```bash
				java ... Charts benchmarks/README.md benchmarks/charts \\
				## Results (day)" "day"
				```

				| database | N | scenario | AutoMigrate ms | Hibernate update ms |
				|---|--:|---|--:|--:|
				| H2 | 10 | steady | 1 | 2 |

				## Results (day)

				| database | N | scenario | AutoMigrate ms | Hibernate update ms |
				|---|--:|---|--:|--:|
				| H2 | 10 | cold | 3 | 4 |
				""");
		Path charts = directory.resolve("charts");
		Charts.main(new String[] { readme.toString(), charts.toString(), "## Results (day)" });
		try (var files = Files.list(charts)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("cold.svg");
		}
	}

	@Test
	void textIsEscapedAndTimesOfZeroAreLeftOffTheLogScale() throws Exception {
		ChartSeries odd = new ChartSeries("A<&>\"B", "Hibernate update",
				new java.util.TreeMap<>(Map.of(10, 0.0, 100, 4.0)));
		Document chart = parse(SvgChart.render("x < y & z", List.of(odd)));
		assertThat(series(chart)).containsExactly("A<&>\"B/Hibernate update");
		assertThat(markers(chart, "A<&>\"B/Hibernate update")).isEqualTo(1);
	}

	private static Measurement measurement(double millis) {
		return new Measurement((long) (millis * 1_000_000), new JdbcCounts(1, 1), 0, 0);
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
		return document;
	}

	private static List<String> series(Document chart) {
		List<String> names = new ArrayList<>();
		NodeList groups = chart.getElementsByTagNameNS(SVG, "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if ("series".equals(group.getAttribute("class"))) {
				names.add(group.getAttribute("data-database") + "/" + group.getAttribute("data-contender"));
			}
		}
		return names;
	}

	/** The points of one line: its markers, each on its polyline. */
	private static int markers(Document chart, String name) {
		NodeList groups = chart.getElementsByTagNameNS(SVG, "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (name.equals(group.getAttribute("data-database") + "/" + group.getAttribute("data-contender"))) {
				Element polyline = (Element) group.getElementsByTagNameNS(SVG, "polyline").item(0);
				int circles = group.getElementsByTagNameNS(SVG, "circle").getLength();
				assertThat(polyline.getAttribute("points").split(" ")).hasSize(circles);
				return circles;
			}
		}
		throw new AssertionError("No line " + name);
	}

}
