package io.github.automigrate.benchmarks;

/**
 * What one measured piece of work cost.
 *
 * @param nanos its wall-clock time
 * @param counts its JDBC round trips
 * @param peakHeapBytes its peak heap above the live heap before it
 * @param allocatedBytes the bytes its thread allocated
 */
public record Measurement(long nanos, JdbcCounts counts, long peakHeapBytes, long allocatedBytes) {

	/**
	 * The difference from another measurement, for what one step adds to a larger piece
	 * of work.
	 * @param other the measurement without the step
	 * @return this minus other
	 */
	public Measurement minus(Measurement other) {
		return new Measurement(this.nanos - other.nanos, this.counts.minus(other.counts),
				this.peakHeapBytes - other.peakHeapBytes, this.allocatedBytes - other.allocatedBytes);
	}

}
