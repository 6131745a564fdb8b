package io.github.automigrate.slices;

import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.automigrate.autoconfigure.AutoMigrateAutoConfiguration;
import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.report.MigrationReport;

import static org.assertj.core.api.Assertions.assertThat;

/** What every slice test checks besides its own data access. */
final class SliceChecks {

	private SliceChecks() {
	}

	/**
	 * AutoMigrate made the schema in this slice, and only its core auto-configuration
	 * joined it: the actuator parts (endpoint, health, metrics) were not even considered.
	 */
	static void migratedByTheCoreAutoConfigurationOnly(ApplicationContext context) {
		assertThat(context.getBean(AutoMigrateRunner.class).getLastReport())
			.hasValueSatisfying((report) -> assertThat(report.outcome()).isEqualTo(MigrationReport.Outcome.APPLIED));
		ConditionEvaluationReport conditions = ConditionEvaluationReport
			.get(((ConfigurableApplicationContext) context).getBeanFactory());
		assertThat(conditions.getConditionAndOutcomesBySource().keySet())
			.anyMatch((source) -> source.startsWith(AutoMigrateAutoConfiguration.class.getName()))
			.noneMatch((source) -> source.startsWith("io.github.automigrate.actuate"));
	}

}
