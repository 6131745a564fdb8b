package io.github.automigrate.mapping.jpa;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testmodel.shop.Product;

import static org.assertj.core.api.Assertions.assertThat;

class JpaSchemaSourceTests {

	private final DataSource dataSource = new DriverManagerDataSource(
			"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	@Test
	void readsTheScannedEntitiesAndNamesHibernatesWorkTables() {
		ScannedClasses scanned = new ScannedClasses(List.of(Customer.class.getPackageName()),
				List.of(Customer.class.getName(), Product.class.getName()));
		JpaSchemaSource source = new JpaSchemaSource(() -> scanned, new StandardEnvironment(), null);
		MappedSchema read = source.read(this.dataSource);
		assertThat(source.name()).isEqualTo("JPA entities");
		assertThat(source.packages()).containsExactly(Customer.class.getPackageName());
		assertThat(read.entities()).contains(Customer.class.getName(), Product.class.getName());
		assertThat(read.schema().tables()).isNotEmpty();
		assertThat(read.runtimeTablePrefixes()).containsExactlyInAnyOrder("hte_", "ht_");
	}

	@Test
	void aScanThatFoundNoEntityReadsNothing() {
		ScannedClasses scanned = new ScannedClasses(List.of("com.example.none"), List.of());
		assertThat(new JpaSchemaSource(() -> scanned, new StandardEnvironment(), null).read(this.dataSource).isEmpty())
			.isTrue();
	}

}
