package io.github.automigrate.mapping.jpa;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JoinColumnOrFormula;
import org.hibernate.annotations.JoinFormula;
import org.junit.jupiter.api.Test;

import io.github.automigrate.mapping.MappingException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A to-one joined through Hibernate's formulas (found in Hibernate ORM's
 * {@code annotations.manytoonewithformula}): Hibernate maps it, AutoMigrate does not
 * build it, so the start stops naming the class, the attribute and the construct, before
 * any table is made (it used to make an implicit join column and a foreign key Hibernate
 * has not).
 */
class JoinFormulaRefusalTests {

	@Test
	void aJoinMixingAColumnAndAFormulaStopsTheStart() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> new EntityMappingReader().read(List.of(Tariff.class, Zone.class)))
			.withMessageContaining("Tariff.zone")
			.withMessageContaining("@JoinColumnsOrFormulas");
	}

	@Test
	void aJoinThroughAFormulaAloneStopsTheStart() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> new EntityMappingReader().read(List.of(Greeting.class, Zone.class)))
			.withMessageContaining("Greeting.zone")
			.withMessageContaining("@JoinFormula");
	}

	@Test
	void aJoinOfColumnsOnlyIsMapped() {
		assertThatNoException().isThrownBy(() -> new EntityMappingReader().read(List.of(Levy.class, Zone.class)));
	}

	@Entity
	static class Zone {

		@Id
		private Long id;

		private String code;

		private String kind;

	}

	@Entity
	static class Tariff {

		@Id
		private Long id;

		@ManyToOne
		@JoinColumnOrFormula(column = @JoinColumn(name = "zone_code", referencedColumnName = "code"))
		@JoinColumnOrFormula(formula = @JoinFormula(value = "'R'", referencedColumnName = "kind"))
		private Zone zone;

	}

	@Entity
	static class Greeting {

		@Id
		private Long id;

		private String zoneCode;

		@ManyToOne
		@JoinFormula("upper(zone_code)")
		private Zone zone;

	}

	@Entity
	static class Levy {

		@Id
		private Long id;

		@ManyToOne
		@JoinColumnOrFormula(column = @JoinColumn(name = "zone_id"))
		private Zone zone;

	}

}
