package io.github.automigrate.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What one benchmark run measures, read from system properties ({@code bench.*}).
 *
 * @param databases the databases, among {@code sqlite}, {@code h2}, {@code mariadb} and
 * {@code postgresql}
 * @param models the kinds of model: JPA entities, Spring Data JDBC aggregates, or both
 * @param sizes the numbers of entities
 * @param scenarios the scenarios
 * @param runs the measured runs per cell
 * @param warmups the unmeasured runs before them
 * @param out a file to write the table to as well, or empty
 */
public record BenchmarkOptions(List<String> databases, List<EntityModel.Kind> models, List<Integer> sizes,
		List<Scenario> scenarios, int runs, int warmups, String out) {

	/**
	 * Reads the options, with defaults for those not set.
	 * @return the options
	 */
	public static BenchmarkOptions fromSystemProperties() {
		List<String> databases = list("bench.databases", "sqlite,h2,mariadb,postgresql");
		List<EntityModel.Kind> models = list("bench.model", "jpa").stream()
			.map((name) -> EntityModel.Kind.valueOf(name.toUpperCase(Locale.ROOT)))
			.toList();
		List<Integer> sizes = list("bench.sizes", "10,100,1000").stream().map(Integer::valueOf).toList();
		List<Scenario> scenarios = list("bench.scenarios", "cold,steady,drift").stream()
			.map((name) -> Scenario.valueOf(name.toUpperCase(Locale.ROOT)))
			.toList();
		int runs = Integer.parseInt(property("bench.runs", "5"));
		int warmups = Integer.parseInt(property("bench.warmups", "1"));
		return new BenchmarkOptions(databases, models, sizes, scenarios, runs, warmups, property("bench.out", ""));
	}

	static String property(String name, String defaultValue) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? defaultValue : value.trim();
	}

	private static List<String> list(String name, String defaultValue) {
		return Arrays.stream(property(name, defaultValue).split(","))
			.map(String::trim)
			.filter((s) -> !s.isEmpty())
			.map((s) -> s.toLowerCase(Locale.ROOT))
			.toList();
	}

}
