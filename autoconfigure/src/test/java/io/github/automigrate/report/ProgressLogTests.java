package io.github.automigrate.report;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ProgressLogTests {

	private final AtomicLong clock = new AtomicLong();

	private final ProgressLog log = new ProgressLog(this.clock::get, Duration.ofSeconds(5));

	@Test
	void tellsHowFarALongApplyHasGotOncePerInterval(CapturedOutput output) {
		for (int done = 1; done <= 10; done++) {
			// Each change takes two seconds: a line at the third change, the sixth and
			// the ninth.
			this.clock.addAndGet(Duration.ofSeconds(2).toNanos());
			this.log.done(done, 10);
		}
		assertThat(output).contains("AutoMigrate applied 3/10 changes", "AutoMigrate applied 6/10 changes",
				"AutoMigrate applied 9/10 changes");
		assertThat(output.toString().lines().filter((line) -> line.contains("AutoMigrate applied"))).hasSize(3);
	}

	@Test
	void aQuickApplyWritesNoProgress(CapturedOutput output) {
		for (int done = 1; done <= 10; done++) {
			this.log.done(done, 10);
		}
		assertThat(output).doesNotContain("AutoMigrate applied");
	}

	@Test
	void theStartNamesTheDatabaseWithoutCredentials(CapturedOutput output) {
		this.log.started("PostgreSQL 17.2", "jdbc:postgresql://db/app?user=app&password=s3cret", 12);
		assertThat(output)
			.contains("AutoMigrate comparing 12 entities with PostgreSQL 17.2 at jdbc:postgresql://db/app")
			.doesNotContain("s3cret");
	}

}
