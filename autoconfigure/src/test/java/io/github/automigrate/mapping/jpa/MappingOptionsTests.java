package io.github.automigrate.mapping.jpa;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Table;
import io.github.automigrate.testmodel.validated.Member;
import io.github.automigrate.testmodel.validationgroups.Label;
import io.github.automigrate.testmodel.validationgroups.Shelf;
import io.github.automigrate.testmodel.validationgroups.Strict;

import static org.assertj.core.api.Assertions.assertThat;

class MappingOptionsTests {

	@Test
	void beanValidationAppliesWhenAProviderIsPresent() {
		assertThat(MappingOptions.defaults().beanValidationDdl()).isTrue();
		assertThat(MappingOptions.from(Map.<String, String>of()::get).beanValidationDdl()).isTrue();
		assertThat(MappingOptions.from(Map.of(MappingOptions.VALIDATION_MODE, "ddl")::get).beanValidationDdl())
			.isTrue();
	}

	@Test
	void beanValidationIsOffWhenTheJpaSettingsTurnItOff() {
		assertThat(MappingOptions.from(Map.of(MappingOptions.VALIDATION_MODE, "none")::get).beanValidationDdl())
			.isFalse();
		assertThat(MappingOptions.from(Map.of(MappingOptions.VALIDATION_MODE, "CALLBACK")::get).beanValidationDdl())
			.isFalse();
		assertThat(MappingOptions.from(Map.of(MappingOptions.APPLY_TO_DDL, "false")::get).beanValidationDdl())
			.isFalse();
	}

	@Test
	void constraintsShapeColumnsOnlyWhenOn() {
		assertThat(handle(new MappingOptions(NamingSettings.defaults(), true)).nullable()).isFalse();
		assertThat(handle(new MappingOptions(NamingSettings.defaults(), false)).nullable()).isTrue();
	}

	@Test
	void constraintsShapeColumnsOnlyInTheGroupsHibernateAppliesToDdl() {
		assertThat(caption(MappingOptions.from(Map.<String, String>of()::get)).nullable()).isTrue();
		assertThat(caption(MappingOptions.from(
				Map.of(MappingOptions.DDL_GROUPS, "jakarta.validation.groups.Default, " + Strict.class.getName())::get))
			.nullable()).isFalse();
		assertThat(caption(MappingOptions.from(Map.of(MappingOptions.DDL_GROUPS, "")::get)).nullable()).isTrue();
	}

	private static Column caption(MappingOptions options) {
		Table label = new EntityMappingReader(options).read(List.of(Label.class, Shelf.class))
			.schema()
			.tables()
			.stream()
			.filter((table) -> table.name().name().text().equals("label"))
			.findFirst()
			.orElseThrow();
		return label.column(new Identifier("caption", false)).orElseThrow();
	}

	private static Column handle(MappingOptions options) {
		Table member = new EntityMappingReader(options).read(List.of(Member.class))
			.schema()
			.tables()
			.stream()
			.filter((table) -> table.name().name().text().equals("member"))
			.findFirst()
			.orElseThrow();
		return member.column(new Identifier("handle", false)).orElseThrow();
	}

}
