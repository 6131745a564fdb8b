package io.github.automigrate.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measured runs of every cell (database, size, scenario), by contender, and the
 * failures.
 */
public final class Results {

	private final Map<Cell, Map<String, List<Measurement>>> measurements = new LinkedHashMap<>();

	private final Map<Cell, Map<String, String>> failures = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	void add(Cell cell, String contender, Measurement measurement) {
		this.measurements.computeIfAbsent(cell, (key) -> new LinkedHashMap<>())
			.computeIfAbsent(contender, (key) -> new ArrayList<>())
			.add(measurement);
	}

	void fail(Cell cell, String contender, String message) {
		this.measurements.computeIfAbsent(cell, (key) -> new LinkedHashMap<>());
		this.failures.computeIfAbsent(cell, (key) -> new LinkedHashMap<>()).putIfAbsent(contender, message);
	}

	void note(String note) {
		this.notes.add(note);
	}

	/** The cells, in the order they were run. */
	public List<Cell> cells() {
		return List.copyOf(this.measurements.keySet());
	}

	/**
	 * The measured runs of one contender in one cell.
	 * @param cell the cell
	 * @param contender the contender's name
	 * @return the runs, empty if none
	 */
	public List<Measurement> of(Cell cell, String contender) {
		return this.measurements.getOrDefault(cell, Map.of()).getOrDefault(contender, List.of());
	}

	/**
	 * Why a contender failed in a cell.
	 * @param cell the cell
	 * @param contender the contender's name
	 * @return the failure, or {@code null}
	 */
	public String failure(Cell cell, String contender) {
		return this.failures.getOrDefault(cell, Map.of()).get(contender);
	}

	/** Notes for the reader, such as databases that were skipped. */
	public List<String> notes() {
		return List.copyOf(this.notes);
	}

	/** One cell of the table. */
	public record Cell(String database, int size, Scenario scenario) {
	}

}
