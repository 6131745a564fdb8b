package io.github.automigrate.mapping.jpa;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import io.github.automigrate.testmodel.hierarchies.HierarchiesModel;
import io.github.automigrate.testmodel.hierarchies.Manual;
import io.github.automigrate.testmodel.hierarchies.Toll;
import io.github.automigrate.testmodel.hierarchies.Vehicle;

import static org.assertj.core.api.Assertions.assertThat;

class EntityClassScannerTests {

	@Test
	void abstractEntityClassesAreFoundAsJpaFindsThem() throws ClassNotFoundException {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.refresh();
			List<Class<?>> found = new EntityClassScanner(context, List.of(Vehicle.class.getPackageName())).scan();
			assertThat(found).contains(Vehicle.class, Manual.class, Toll.class)
				.containsExactlyInAnyOrderElementsOf(HierarchiesModel.CLASSES);
		}
	}

}
