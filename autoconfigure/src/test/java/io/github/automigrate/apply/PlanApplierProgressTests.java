package io.github.automigrate.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.diff.SchemaChange;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.TableName;
import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.plan.PlannedStatement;
import io.github.automigrate.plan.Safety;
import io.github.automigrate.report.ProgressLog;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class PlanApplierProgressTests {

	@Test
	void aLongApplyTellsHowManyChangesAreDone(CapturedOutput output) throws SQLException {
		// A clock on which each change takes three seconds: a line every second change.
		AtomicLong clock = new AtomicLong();
		ProgressLog progress = new ProgressLog(() -> clock.getAndAdd(Duration.ofSeconds(3).toNanos()),
				Duration.ofSeconds(5));
		MigrationPlan plan = new MigrationPlan(
				IntStream.rangeClosed(1, 5).mapToObj(PlanApplierProgressTests::sequence).toList(), List.of());
		try (Connection connection = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()).getConnection()) {
			Dialect dialect = DialectResolver.resolve(connection.getMetaData());
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			new PlanApplier(connection, jdbc, dialect, true, progress).apply(plan);
		}
		assertThat(output).contains("AutoMigrate applied 2/5 changes", "AutoMigrate applied 4/5 changes")
			.doesNotContain("AutoMigrate applied 1/5", "AutoMigrate applied 3/5", "AutoMigrate applied 5/5");
	}

	private static PlannedStatement sequence(int index) {
		Sequence sequence = new Sequence(new TableName(null, Identifier.of("progress_seq_" + index)), 1, 50);
		return new PlannedStatement(new SchemaChange.CreateSequence(sequence), Safety.AS_IS,
				List.of("create sequence progress_seq_" + index), null);
	}

}
