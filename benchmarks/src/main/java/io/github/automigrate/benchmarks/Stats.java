package io.github.automigrate.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The median and range of some measured values.
 *
 * @param median the median
 * @param min the smallest
 * @param max the largest
 */
public record Stats(double median, double min, double max) {

	/**
	 * Summarises one quantity of some measurements.
	 * @param measurements the measurements, at least one
	 * @param quantity the quantity
	 * @return its median and range
	 */
	public static Stats of(List<Measurement> measurements, ToDoubleFunction<Measurement> quantity) {
		double[] values = measurements.stream().mapToDouble(quantity).sorted().toArray();
		int n = values.length;
		double median = (n % 2 == 1) ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
		return new Stats(median, values[0], values[n - 1]);
	}

	@Override
	public String toString() {
		return Arrays.toString(new double[] { this.median, this.min, this.max });
	}

}
