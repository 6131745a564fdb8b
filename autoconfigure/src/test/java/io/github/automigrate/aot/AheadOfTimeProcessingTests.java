package io.github.automigrate.aot;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.Compiled;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.autoconfigure.AutoMigrateAutoConfiguration;
import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.mapping.jpa.EntityMapping;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.testmodel.shop.Address;
import io.github.automigrate.testmodel.shop.BaseEntity;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testmodel.shop.Product;
import io.github.automigrate.testmodel.shopv2.Invoice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application processed ahead of time, as Spring AOT does it for a native image or a
 * JVM started with {@code -Dspring.aot.enabled=true}: the generated code is compiled and
 * started, and it migrates.
 */
@CompileWithForkedClassLoader
@ExtendWith(OutputCaptureExtension.class)
class AheadOfTimeProcessingTests {

	private static final String BUILD_TIME_PACKAGE = Customer.class.getPackageName();

	private static final String BUILD_TIME_MAPPINGS = "io.github.automigrate.mapping.jpa.BuildTimeMappings";

	private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Test
	void theStartMigratesTheEntitiesFoundAtBuildTimeWithoutScanning() {
		TestGenerationContext generated = new TestGenerationContext(AutoMigrateApplication.class);
		ClassName initializer = processAheadOfTime(generated);
		TestCompiler.forSystem().with(generated).compile((compiled) -> {
			GenericApplicationContext context = new GenericApplicationContext();
			// Another package at run time: a start that scanned would find that one's
			// entities instead.
			TestPropertyValues
				.of("spring.datasource.url=" + this.url,
						"schema.automigrate.packages=" + Invoice.class.getPackageName())
				.applyTo(context);
			@SuppressWarnings("unchecked")
			ApplicationContextInitializer<GenericApplicationContext> aot = compiled
				.getInstance(ApplicationContextInitializer.class, initializer.reflectionName());
			aot.initialize(context);
			context.refresh();
			try {
				MigrationReport report = migrate(context.getBean(AutoMigrateRunner.class));
				assertThat(report.outcome()).isEqualTo(MigrationReport.Outcome.APPLIED);
				assertThat(report.packages()).containsExactly(BUILD_TIME_PACKAGE);
				assertThat(report.entities()).contains(Customer.class.getName())
					.doesNotContain(Invoice.class.getName());
				assertThat(new JdbcTemplate(context.getBean(DataSource.class))
					.queryForObject("select count(*) from customers", Integer.class)).isZero();
			}
			finally {
				context.close();
			}
		});
	}

	@Test
	void theStartReadsTheSchemaMappedAtBuildTimeAndAnUnchangedSecondStartIsSteady(@TempDir Path directory,
			CapturedOutput output) {
		String sqlite = "jdbc:sqlite:" + directory.resolve("app.db");
		TestGenerationContext generated = new TestGenerationContext(AutoMigrateApplication.class);
		ClassName initializer = processAheadOfTime(generated);
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel(BUILD_TIME_MAPPINGS, LogLevel.DEBUG);
		try {
			TestCompiler.forSystem().with(generated).compile((compiled) -> {
				MigrationReport first = start(compiled, initializer, "spring.datasource.url=" + sqlite);
				assertThat(first.outcome()).isEqualTo(MigrationReport.Outcome.APPLIED);
				assertThat(first.entities()).contains(Customer.class.getName());
				MigrationReport second = start(compiled, initializer, "spring.datasource.url=" + sqlite);
				assertThat(second.outcome()).isEqualTo(MigrationReport.Outcome.UP_TO_DATE);
				assertThat(second.comparison()).isEqualTo(MigrationReport.Comparison.FINGERPRINT);
				assertThat(second.statements()).isEmpty();
				assertThat(second.entities()).isEqualTo(first.entities());
			});
		}
		finally {
			logging.setLogLevel(BUILD_TIME_MAPPINGS, null);
		}
		assertThat(output.getOut().lines().filter((line) -> line.contains("expected schema computed at build time")))
			.hasSize(2);
	}

	@Test
	void aStartWhoseNamingDiffersFromTheBuildsMapsTheEntitiesAgain(CapturedOutput output) {
		TestGenerationContext generated = new TestGenerationContext(AutoMigrateApplication.class);
		ClassName initializer = processAheadOfTime(generated);
		TestCompiler.forSystem().with(generated).compile((compiled) -> {
			MigrationReport report = start(compiled, initializer, "spring.datasource.url=" + this.url,
					"spring.jpa.hibernate.naming.physical-strategy="
							+ "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");
			assertThat(report.outcome()).isEqualTo(MigrationReport.Outcome.APPLIED);
		});
		// Named as written, as this start's setting says, not in snake case as the
		// build's did.
		assertThat(new JdbcTemplate(new DriverManagerDataSource(this.url, "sa", ""))
			.queryForObject("select count(fullName) from customers", Integer.class)).isZero();
		assertThat(output).contains("AutoMigrate maps the entities at start-up: the JPA settings that shape the schema "
				+ "differ from the build's");
	}

	@Test
	void theSchemaMappedAtBuildTimeIsAResourceANativeImageCanRead() {
		TestGenerationContext generated = processAheadOfTime();
		RuntimeHints hints = generated.getRuntimeHints();
		assertThat(RuntimeHintsPredicates.resource()
			.forResource(
					"io/github/automigrate/autoconfigure/AutoMigrateAutoConfiguration__BeanDefinitions$JpaSchemaSourceConfiguration"
							+ "-automigrate-mapping.b64"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.serialization().onType(Schema.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.serialization().onType(EntityMapping.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.serialization().onType(Identifier.class)).accepts(hints);
	}

	private static MigrationReport start(Compiled compiled, ClassName initializer, String... properties) {
		GenericApplicationContext context = new GenericApplicationContext();
		TestPropertyValues.of(properties).applyTo(context);
		@SuppressWarnings("unchecked")
		ApplicationContextInitializer<GenericApplicationContext> aot = compiled
			.getInstance(ApplicationContextInitializer.class, initializer.reflectionName());
		aot.initialize(context);
		context.refresh();
		try {
			return migrate(context.getBean(AutoMigrateRunner.class));
		}
		finally {
			context.close();
		}
	}

	@Test
	void theEntitiesFoundAtBuildTimeAndWhatTheyReachAreRegisteredForReflection() {
		RuntimeHints hints = processAheadOfTime().getRuntimeHints();
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(Customer.class)
			.withMemberCategories(MappedTypeHints.READ_MEMBERS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(BaseEntity.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Address.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Product.Category.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource(AutoMigrateRuntimeHints.RESERVED_WORDS))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Invoice.class)).rejects(hints);
	}

	@Test
	void aPhysicalNamingStrategyIsRegisteredForItsReflectiveCalls() {
		String strategy = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
		RuntimeHints hints = processAheadOfTime("spring.jpa.hibernate.naming.physical-strategy=" + strategy)
			.getRuntimeHints();
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(org.springframework.aot.hint.TypeReference.of(strategy))
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS))
			.accepts(hints);
	}

	private static MigrationReport migrate(AutoMigrateRunner runner) {
		return runner.migrateOnStartup();
	}

	private TestGenerationContext processAheadOfTime(String... properties) {
		TestGenerationContext generated = new TestGenerationContext(AutoMigrateApplication.class);
		processAheadOfTime(generated, properties);
		return generated;
	}

	private ClassName processAheadOfTime(TestGenerationContext generated, String... properties) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.register(AutoMigrateApplication.class);
		TestPropertyValues.of("spring.datasource.url=" + this.url, "schema.automigrate.packages=" + BUILD_TIME_PACKAGE)
			.and(properties)
			.applyTo(context);
		ClassName initializer = new ApplicationContextAotGenerator().processAheadOfTime(context, generated);
		generated.writeGeneratedContent();
		return initializer;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, AutoMigrateAutoConfiguration.class })
	static class AutoMigrateApplication {

	}

}
