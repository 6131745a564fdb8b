package io.github.automigrate.report;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The lines a run writes while it works, so that a long one is not silent: which database
 * it compares (its URL without credentials), then, while it applies, how many changes are
 * done, at most once per interval. The clock is read as each change ends: no thread of
 * its own.
 */
public final class ProgressLog {

	/** How often a long apply reports how far it has got. */
	public static final Duration INTERVAL = Duration.ofSeconds(5);

	private static final Log logger = LogFactory.getLog("io.github.automigrate");

	private final LongSupplier nanoTime;

	private final long intervalNanos;

	private long lastLine;

	/** A log on the system clock, a progress line every {@link #INTERVAL}. */
	public ProgressLog() {
		this(System::nanoTime, INTERVAL);
	}

	/**
	 * A log on a clock of its own.
	 * @param nanoTime the clock, in nanoseconds
	 * @param interval the least time between two progress lines
	 */
	public ProgressLog(LongSupplier nanoTime, Duration interval) {
		this.nanoTime = nanoTime;
		this.intervalNanos = interval.toNanos();
		this.lastLine = nanoTime.getAsLong();
	}

	/**
	 * Logs the start of a run.
	 * @param database the database's product name and version
	 * @param url the JDBC URL, credentials are removed
	 * @param entities how many entity classes are compared with it
	 */
	public void started(String database, String url, int entities) {
		logger.info("AutoMigrate comparing " + entities + " entities with " + database + " at "
				+ JdbcUrls.withoutCredentials(url));
	}

	/**
	 * Tells that one more change is done; logs how many when the interval has passed
	 * since the last line.
	 * @param done the changes done so far
	 * @param total the changes of the plan
	 */
	public void done(int done, int total) {
		long now = this.nanoTime.getAsLong();
		if (done < total && now - this.lastLine >= this.intervalNanos) {
			this.lastLine = now;
			logger.info("AutoMigrate applied " + done + "/" + total + " changes");
		}
	}

}
