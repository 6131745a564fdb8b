package io.github.automigrate.autoconfigure;

import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.core.env.Environment;

import io.github.automigrate.apply.Instance;
import io.github.automigrate.apply.MigrationHistory;
import io.github.automigrate.apply.MigrationRequest;

/**
 * Maps the {@code schema.automigrate.*} properties into the request, then lets the
 * customizers change it: done once, when the runner is created.
 */
final class AutoMigrateRequests {

	private AutoMigrateRequests() {
	}

	static MigrationRequest.Builder from(AutoMigrateProperties properties, Environment environment,
			ObjectProvider<AutoMigrateRequestCustomizer> customizers) {
		MigrationRequest.Builder request = MigrationRequest.builder();
		// Only the mapper methods Spring Boot 3.5 and 4 share: this jar serves both.
		PropertyMapper map = PropertyMapper.get();
		map.from(properties.isDryRun()).to(request::dryRun);
		map.from(properties.isFailOnError()).to(request::failOnError);
		map.from(properties.getLockTimeout()).to(request::lockTimeout);
		map.from(properties.getHistory())
			.to((history) -> request
				.history(history.isEnabled() ? MigrationHistory.table(history.getTable()) : MigrationHistory.none()));
		map.from(properties.getScriptLocation())
			.whenHasText()
			.to((location) -> request.scriptLocation(scriptLocation(location)));
		map.from(properties.isSkipWhenUnchanged()).to(request::skipWhenUnchanged);
		request.instance(Instance.name(environment.getProperty("spring.application.name")));
		request.otherToolsTables(OtherSchemaTools.tables(environment));
		customizers.orderedStream().forEach((customizer) -> customizer.customize(request));
		return request;
	}

	private static Path scriptLocation(String location) {
		String path = location.startsWith("filesystem:") ? location.substring("filesystem:".length())
				: location.startsWith("file:") ? location.substring("file:".length()) : location;
		return Path.of(path);
	}

}
