package io.github.automigrate.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.model.ExpectedSchema;
import io.github.automigrate.model.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request the properties make: with every property at its default, it is the request
 * the engine's own builder makes, so the defaults written in
 * {@link AutoMigrateProperties} (and in the configuration metadata and the README) and
 * those in {@link MigrationRequest.Builder} cannot drift apart.
 */
class AutoMigrateRequestsTests {

	private final ExpectedSchema expected = new ExpectedSchema() {

		@Override
		public Schema schema() {
			return new Schema(List.of(), List.of());
		}

		@Override
		public List<String> warnings() {
			return List.of();
		}

	};

	@Test
	void defaultPropertiesMakeTheEngineDefaultRequest() {
		MigrationRequest fromProperties = request(new AutoMigrateProperties());
		MigrationRequest engineDefaults = MigrationRequest.builder().build(this.expected, List.of(), List.of());
		assertThat(fromProperties.dryRun()).isEqualTo(engineDefaults.dryRun()).isFalse();
		assertThat(fromProperties.failOnError()).isEqualTo(engineDefaults.failOnError()).isTrue();
		assertThat(fromProperties.lockTimeout()).isEqualTo(engineDefaults.lockTimeout())
			.isEqualTo(Duration.ofSeconds(60));
		assertThat(fromProperties.skipWhenUnchanged()).isEqualTo(engineDefaults.skipWhenUnchanged()).isTrue();
		assertThat(fromProperties.scriptLocation()).isEqualTo(engineDefaults.scriptLocation()).isEmpty();
		assertThat(fromProperties.history().tables()).singleElement()
			.satisfies((table) -> assertThat(table.name().name().text())
				.isEqualTo(engineDefaults.history().tables().get(0).name().name().text())
				.isEqualTo(MigrationRequest.DEFAULT_HISTORY_TABLE));
		assertThat(fromProperties.otherToolsTables()).isEqualTo(engineDefaults.otherToolsTables());
	}

	@Test
	void everyPropertyReachesTheRequest() {
		AutoMigrateProperties properties = new AutoMigrateProperties();
		properties.setDryRun(true);
		properties.setFailOnError(false);
		properties.setLockTimeout(Duration.ofSeconds(5));
		properties.setSkipWhenUnchanged(false);
		properties.setScriptLocation("filesystem:build/migrations");
		properties.getHistory().setTable("schema_runs");
		MigrationRequest request = request(properties);
		assertThat(request.dryRun()).isTrue();
		assertThat(request.failOnError()).isFalse();
		assertThat(request.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(request.skipWhenUnchanged()).isFalse();
		assertThat(request.scriptLocation())
			.hasValueSatisfying((location) -> assertThat(location).isEqualTo(Path.of("build/migrations")));
		assertThat(request.history().tables()).singleElement()
			.satisfies((table) -> assertThat(table.name().name().text()).isEqualTo("schema_runs"));
		properties.getHistory().setEnabled(false);
		assertThat(request(properties).history().tables()).isEmpty();
	}

	private MigrationRequest request(AutoMigrateProperties properties) {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		return AutoMigrateRequests
			.from(properties, new MockEnvironment(), beanFactory.getBeanProvider(AutoMigrateRequestCustomizer.class))
			.build(this.expected, List.of(), List.of());
	}

}
