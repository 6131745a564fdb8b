package io.github.automigrate.benchmarks;

import java.util.SortedMap;

/**
 * One line of a chart: one contender's median time on one database, by number of
 * entities.
 *
 * @param database the database
 * @param contender the contender
 * @param millis the median time in milliseconds, by number of entities
 */
public record ChartSeries(String database, String contender, SortedMap<Integer, Double> millis) {

	/** The label of the line in the legend. */
	public String label() {
		return this.database + ", " + this.contender;
	}

}
