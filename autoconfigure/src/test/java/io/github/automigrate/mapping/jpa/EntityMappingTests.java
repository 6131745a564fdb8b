package io.github.automigrate.mapping.jpa;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.automigrate.testmodel.shop.Address;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testmodel.shop.Product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class EntityMappingTests {

	@Test
	void aWrittenMappingReadsBackEqual() throws IOException {
		EntityMapping mapping = EntityMapping.of(List.of(Customer.class, Product.class, Address.class),
				MappingOptions.defaults());
		List<Class<?>> written = new ArrayList<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		mapping.writeTo(out, written::add);
		EntityMapping read = EntityMapping.readFrom(new ByteArrayInputStream(out.toByteArray()));
		assertThat(read).isEqualTo(mapping);
		assertThat(read.entities()).containsExactly(Customer.class.getName(), Product.class.getName());
		assertThat(written).contains(EntityMapping.class, io.github.automigrate.model.Table.class);
	}

	@Test
	void anythingButTheModelIsRefused() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ObjectOutputStream objects = new ObjectOutputStream(Base64.getMimeEncoder().wrap(out))) {
			objects.writeObject(URI.create("https://example.org"));
		}
		assertThatIOException().isThrownBy(() -> EntityMapping.readFrom(new ByteArrayInputStream(out.toByteArray())));
	}

}
