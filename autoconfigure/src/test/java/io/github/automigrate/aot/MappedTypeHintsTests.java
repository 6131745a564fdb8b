package io.github.automigrate.aot;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import io.github.automigrate.testmodel.rich.Address;
import io.github.automigrate.testmodel.rich.ColorConverter;
import io.github.automigrate.testmodel.rich.Ledger;
import io.github.automigrate.testmodel.rich.LedgerId;
import io.github.automigrate.testmodel.rich.Party;
import io.github.automigrate.testmodel.rich.Person;
import io.github.automigrate.testmodel.rich.Tag;

import static org.assertj.core.api.Assertions.assertThat;

class MappedTypeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	private final MappedTypeHints mappedTypes = new MappedTypeHints(this.hints.reflection());

	@Test
	void anEntityIsRegisteredWithItsSuperclassesAndTheTypesItsAttributesReach() {
		this.mappedTypes.register(Person.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(Person.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Party.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Address.class)).accepts(this.hints);
		// A map's key type, a set's element type, and a converter named on the element's
		// attribute.
		assertThat(RuntimeHintsPredicates.reflection().onType(Person.Channel.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Tag.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(ColorConverter.class)).accepts(this.hints);
	}

	@Test
	void anIdClassIsRegistered() {
		this.mappedTypes.register(Ledger.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(LedgerId.class)).accepts(this.hints);
	}

	@Test
	void aClassNamedOnlyByAnAnnotationIsRegistered() {
		this.mappedTypes.register(Pet.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(Owner.class)).accepts(this.hints);
	}

	@Test
	void theMembersTheMappingReadsAreRegistered() {
		this.mappedTypes.register(Person.class);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(Person.class)
			.withMemberCategories(MappedTypeHints.READ_MEMBERS)).accepts(this.hints);
	}

	@Test
	void theJdkIsLeftAlone() {
		this.mappedTypes.register(Person.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(String.class)).rejects(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(java.time.LocalDate.class)).rejects(this.hints);
	}

	interface Named {

	}

	@Entity
	static class Owner implements Named {

		@Id
		Long id;

	}

	@Entity
	static class Pet {

		@Id
		Long id;

		@ManyToOne(targetEntity = Owner.class)
		Named owner;

	}

}
