package io.github.automigrate.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.github.automigrate.mapping.MappingException;

/**
 * Explains an entity AutoMigrate cannot map: the class and field, the problem, and what to do.
 */
class MappingFailureAnalyzer extends AbstractFailureAnalyzer<MappingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MappingException cause) {
		return new FailureAnalysis("AutoMigrate cannot map " + cause.getOrigin() + ": " + cause.getProblem(),
				cause.getAction(), cause);
	}

}
