package io.github.automigrate;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The pipeline's shape: data flows one way, and each step knows only what it must.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.automigrate");

	@Test
	void theModelDependsOnNothingElseOfAutoMigrate() {
		classes().that()
			.resideInAPackage("..model..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("..model..", "java..", "org.jspecify..")
			.check(MAIN);
	}

	@Test
	void theDiffIsPureDataWithNoSqlOrJdbc() {
		classes().that()
			.resideInAPackage("..diff..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("..diff..", "..model..", "java.lang..", "java.util..", "org.jspecify..")
			.check(MAIN);
	}

	@Test
	void theMappingKnowsNothingOfTheLiveDatabase() {
		noClasses().that()
			.resideInAPackage("..mapping..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.automigrate.dialect..", "io.github.automigrate.introspect..",
					"io.github.automigrate.diff..", "io.github.automigrate.plan..", "io.github.automigrate.apply..")
			.check(MAIN);
		// The Spring Data JDBC source asks the database which Spring Data dialect renders
		// its names (as SchemaSource.read allows), through Spring Data's own resolver and
		// a JDBC template: never its tables.
		noClasses().that()
			.resideInAPackage("..mapping..")
			.and()
			.resideOutsideOfPackage("..mapping.jdbc..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.jdbc..")
			.check(MAIN);
		// java.sql's date and time types are entity attribute types; its connection API
		// is not for the mapping.
		noClasses().that()
			.resideInAPackage("..mapping..")
			.should()
			.dependOnClassesThat()
			.haveNameMatching("java\\.sql\\.(Connection|DatabaseMetaData|ResultSet|.*Statement|DriverManager)")
			.check(MAIN);
	}

	@Test
	void theDialectKnowsNoJpaAnnotation() {
		noClasses().that()
			.resideInAPackage("..dialect..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.persistence..", "..mapping..", "..apply..")
			.check(MAIN);
	}

	@Test
	void onlyTheJpaSourceKnowsTheJpaApi() {
		// The auto-configuration names it by string only (@ConditionalOnClass(name =
		// ...)), so that an application without the JPA API loads none of its classes;
		// the aot package reaches it only through mapping.jpa.
		noClasses().that()
			.resideOutsideOfPackage("..mapping.jpa..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("jakarta.persistence..")
			.check(MAIN);
	}

	@Test
	void onlyTheJdbcSourceKnowsSpringDataRelational() {
		noClasses().that()
			.resideOutsideOfPackage("..mapping.jdbc..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.data.relational..")
			.check(MAIN);
	}

	@Test
	void thePureStepsNeverDependOnTheMapping() {
		noClasses().that()
			.resideInAnyPackage("..diff..", "..plan..", "..apply..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..mapping..")
			.check(MAIN);
	}

	@Test
	void theNeutralMappingCoreKnowsNoFrontEnd() {
		noClasses().that()
			.resideInAPackage("io.github.automigrate.mapping")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..mapping.jpa..", "..mapping.jdbc..")
			.check(MAIN);
	}

	@Test
	void onlyTheJpaWiringAndTheBuildTimeScanReachTheJpaSource() {
		// What an application without the JPA API loads must not name mapping.jpa: only
		// the nested configuration that is conditional on the JPA API does, and the AOT
		// processing, which runs at build time.
		noClasses().that()
			.resideOutsideOfPackages("..mapping.jpa..", "..aot..")
			.and()
			.doNotHaveFullyQualifiedName(
					"io.github.automigrate.autoconfigure.AutoMigrateAutoConfiguration$JpaSchemaSourceConfiguration")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..mapping.jpa..")
			.check(MAIN);
	}

	@Test
	void hibernateIsNeverARequiredDependency() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.hibernate..").check(MAIN);
	}

}
