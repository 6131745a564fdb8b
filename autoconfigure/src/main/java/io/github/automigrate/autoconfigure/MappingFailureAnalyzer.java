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
		String description = "AutoMigrate cannot map " + cause.getMessage().substring(0,
				cause.getMessage().length() - cause.getAction().length()).trim();
		return new FailureAnalysis(description, cause.getAction(), cause);
	}

}
