package io.github.automigrate.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures the peak heap of one piece of work, above the live heap before it: the heap is
 * collected first, then its used size is sampled every millisecond by a daemon thread
 * and, so that a peak a collection removes between two samples is not missed, read from
 * each collection's "before" usage (GC notifications). Also counts the bytes the working
 * thread allocates, which does not depend on when collections happen.
 */
public final class HeapMeter {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	/**
	 * Starts measuring.
	 * @return the running measurement; stop it when the work is done
	 */
	public Running start() {
		System.gc();
		System.gc();
		return new Running();
	}

	/** The peak and allocation of one measured piece of work. */
	public record Usage(long peakBytes, long allocatedBytes) {
	}

	/** A measurement in progress. */
	public final class Running {

		private final long startUptime = ManagementFactory.getRuntimeMXBean().getUptime();

		private final long baseline = HeapMeter.this.memory.getHeapMemoryUsage().getUsed();

		private final long allocatedBefore = HeapMeter.this.threads.getCurrentThreadAllocatedBytes();

		private final AtomicLong peak = new AtomicLong(this.baseline);

		private final List<NotificationEmitter> emitters = new ArrayList<>();

		private final NotificationListener listener = this::onGc;

		private volatile boolean running = true;

		private final Thread sampler;

		Running() {
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				if (collector instanceof NotificationEmitter emitter) {
					emitter.addNotificationListener(this.listener, null, null);
					this.emitters.add(emitter);
				}
			}
			this.sampler = new Thread(this::sample, "heap-sampler");
			this.sampler.setDaemon(true);
			this.sampler.start();
		}

		private void sample() {
			while (this.running) {
				this.peak.accumulateAndGet(HeapMeter.this.memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(1);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		private void onGc(Notification notification, Object handback) {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				// Notifications come late: the collections start() asked for may be
				// reported after it returned.
				if (info.getGcInfo().getStartTime() < this.startUptime || "System.gc()".equals(info.getGcCause())) {
					return;
				}
				long before = info.getGcInfo()
					.getMemoryUsageBeforeGc()
					.entrySet()
					.stream()
					.filter((pool) -> HeapMeter.this.heapPools.contains(pool.getKey()))
					.mapToLong((pool) -> pool.getValue().getUsed())
					.sum();
				this.peak.accumulateAndGet(before, Math::max);
			}
		}

		/**
		 * Stops measuring.
		 * @return the peak above the baseline and the bytes allocated by the calling
		 * thread
		 */
		public Usage stop() {
			long allocated = HeapMeter.this.threads.getCurrentThreadAllocatedBytes() - this.allocatedBefore;
			this.peak.accumulateAndGet(HeapMeter.this.memory.getHeapMemoryUsage().getUsed(), Math::max);
			this.running = false;
			try {
				this.sampler.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			for (NotificationEmitter emitter : this.emitters) {
				try {
					emitter.removeNotificationListener(this.listener);
				}
				catch (ListenerNotFoundException ex) {
					// Already gone.
				}
			}
			return new Usage(this.peak.get() - this.baseline, allocated);
		}

	}

}
