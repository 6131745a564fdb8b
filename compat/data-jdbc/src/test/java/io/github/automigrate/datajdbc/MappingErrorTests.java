package io.github.automigrate.datajdbc;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.mapping.jdbc.AggregateSchemaSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What cannot be mapped stops the read with a message naming the class and the property.
 */
class MappingErrorTests {

	@Test
	void aCollectionOfSimpleValuesIsNamedWithItsClassAndProperty() {
		Databases.Database database = Databases.H2.create();
		try {
			assertThatExceptionOfType(MappingException.class)
				.isThrownBy(() -> AggregateSchemaSource.of(List.of(Labelled.class)).read(database.dataSource()))
				.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.getOrigin())
					.isEqualTo(Labelled.class.getName() + ".labels"))
				.withMessageContaining("array column");
		}
		finally {
			database.drop().run();
		}
	}

	@Table
	record Labelled(@Id Long id, List<String> labels) {
	}

}
