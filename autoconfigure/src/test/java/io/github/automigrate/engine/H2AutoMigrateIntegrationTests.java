package io.github.automigrate.engine;

import java.util.Map;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class H2AutoMigrateIntegrationTests extends AbstractAutoMigrateIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.h2();
	}

	@Override
	Map<String, String> acceptedDifferences() {
		return Map.of("product.named_category", "Hibernate declares an H2 enum type for @Enumerated(STRING); AutoMigrate "
				+ "declares varchar(255), which Hibernate validates and which takes a new constant without a type change");
	}

	@Override
	Map<String, String> acceptedKeyDifferences() {
		String unnamed = "Hibernate leaves an implicitly named unique key unnamed on H2 (H2 calls it CONSTRAINT_n); "
				+ "AutoMigrate gives it Hibernate's implicit UK name and recognises an unnamed one by its columns";
		return Map.of("index customers(email)", unnamed, "index product(sku_code)", unnamed, "index shipment(order_id)",
				unnamed, "index product(short_value, byte_value)", unnamed);
	}

}
