package io.github.automigrate.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.github.automigrate.apply.MigrationFailedException;

/**
 * Explains a failed migration at start-up: what failed, and what to do.
 */
class AutoMigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrationFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationFailedException cause) {
		return new FailureAnalysis(cause.getMessage(), "Fix the cause above and restart. To start the application "
				+ "anyway and see the failure in the report (/actuator/automigrate), set "
				+ "schema.automigrate.fail-on-error=false; to plan without executing, set schema.automigrate.dry-run=true.",
				cause);
	}

}
