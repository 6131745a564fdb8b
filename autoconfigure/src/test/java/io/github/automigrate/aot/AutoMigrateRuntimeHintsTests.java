package io.github.automigrate.aot;

import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class AutoMigrateRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	@Test
	void theReservedWordsAreAResource() {
		new AutoMigrateRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.resource().forResource(AutoMigrateRuntimeHints.RESERVED_WORDS))
			.accepts(this.hints);
		assertThat(getClass().getClassLoader().getResource(AutoMigrateRuntimeHints.RESERVED_WORDS)).isNotNull();
	}

	@Test
	void hibernatesNamingTypesAreRegisteredWhenHibernateIsThere() {
		new AutoMigrateRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(TypeReference.of("org.hibernate.boot.model.naming.Identifier"))
			.withMemberCategories(MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS))
			.accepts(this.hints);
	}

	@Test
	void theRegistrarIsListedForSpringAot() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(AutoMigrateRuntimeHints.class);
	}

}
