package io.github.automigrate.benchmarks;

/**
 * Measures a piece of work on a {@link CountingDataSource}: time, round trips and heap.
 */
public final class Meter {

	private final HeapMeter heap = new HeapMeter();

	/**
	 * Runs and measures some work, with the entity classes' loader as the context class
	 * loader.
	 * @param dataSource the data source the work uses
	 * @param model the model whose classes the work uses
	 * @param work the work
	 * @return what it cost
	 * @throws Exception if the work fails
	 */
	public Measurement measure(CountingDataSource dataSource, EntityModel model, Work work) throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(model.classLoader());
		try {
			JdbcCounts before = dataSource.counts();
			HeapMeter.Running running = this.heap.start();
			long start = System.nanoTime();
			work.run();
			long nanos = System.nanoTime() - start;
			HeapMeter.Usage usage = running.stop();
			return new Measurement(nanos, dataSource.counts().minus(before), usage.peakBytes(), usage.allocatedBytes());
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** A piece of work. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

}
