package io.github.automigrate.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.report.MigrationReport;

import static org.assertj.core.api.Assertions.assertThat;

class AutoMigrateFailureAnalyzerTests {

	@Test
	void failedMigrationIsDescribedWithItsSqlAndTheWayOut() {
		MigrationReport report = new MigrationReport(java.time.Instant.now(), 1, MigrationReport.Outcome.FAILED, false,
				"H2 2", "H2", List.of(), List.of(), List.of(), List.of(), List.of(), "boom");
		MigrationFailedException failure = new MigrationFailedException(
				"AutoMigrate could not add column orders.total. SQL: alter table orders add column total integer. "
						+ "Database error: Table ORDERS not found",
				report, new IllegalStateException("Table ORDERS not found"));
		FailureAnalysis analysis = new AutoMigrateFailureAnalyzer().analyze(new RuntimeException(failure));
		assertThat(analysis.getDescription()).contains("orders.total").contains("alter table orders")
			.contains("Table ORDERS not found");
		assertThat(analysis.getAction()).contains("schema.automigrate.fail-on-error=false");
	}

	@Test
	void mappingErrorNamesTheFieldAndWhatToDo() {
		MappingException failure = new MappingException("Order.items", "has the type java.util.Map, which AutoMigrate "
				+ "cannot map to a column.", "Mark the field @Transient if it is not persistent.");
		FailureAnalysis analysis = new MappingFailureAnalyzer().analyze(new RuntimeException(failure));
		assertThat(analysis.getDescription()).isEqualTo(
				"AutoMigrate cannot map Order.items: has the type java.util.Map, which AutoMigrate cannot map to a column.");
		assertThat(analysis.getAction()).isEqualTo("Mark the field @Transient if it is not persistent.");
	}

}
