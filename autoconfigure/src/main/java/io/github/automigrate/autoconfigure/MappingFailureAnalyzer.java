package io.github.automigrate.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.github.automigrate.model.ExpectedSchemaException;

/**
 * Explains an expected schema AutoMigrate cannot build (an entity it cannot map, two
 * sources that map one table differently, a name too long for the database): where it
 * comes from, the problem, and what to do.
 */
class MappingFailureAnalyzer extends AbstractFailureAnalyzer<ExpectedSchemaException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ExpectedSchemaException cause) {
		return new FailureAnalysis("AutoMigrate cannot map " + cause.getOrigin() + ": " + cause.getProblem(),
				cause.getAction(), cause);
	}

}
