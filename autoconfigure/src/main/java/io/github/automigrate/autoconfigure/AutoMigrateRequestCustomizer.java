package io.github.automigrate.autoconfigure;

import io.github.automigrate.apply.MigrationRequest;

/**
 * Callback interface that can be implemented by beans wishing to customize how
 * AutoMigrate migrates, after the {@code schema.automigrate.*} properties were mapped
 * into the request and before the first run. Customizers are applied in their
 * {@link org.springframework.core.Ordered order}, once.
 */
@FunctionalInterface
public interface AutoMigrateRequestCustomizer {

	/**
	 * Customizes the request every run of this application builds its own from.
	 * @param request the request's builder, with the properties already mapped
	 */
	void customize(MigrationRequest.Builder request);

}
