package io.github.automigrate.mapping.jpa;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.automigrate.testmodel.shop.Address;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testmodel.shop.Product;

import static org.assertj.core.api.Assertions.assertThat;

class BuildTimeMappingsTests {

	private static final String RESOURCE = "app/Generated-automigrate-mapping.b64";

	@TempDir
	Path classPath;

	private final EntityMapping written = EntityMapping.of(List.of(Customer.class, Product.class, Address.class),
			MappingOptions.defaults());

	@Test
	void theMappingWrittenAtBuildTimeServesAStartWithTheBuildsSettings() throws IOException {
		assertThat(mappings().read(RESOURCE, MappingOptions.defaults())).isEqualTo(this.written);
	}

	@Test
	void aStartWithOtherNamingSettingsMapsAgain() throws IOException {
		MappingOptions asWritten = new MappingOptions(
				new NamingSettings(NamingSettings.Physical.AS_WRITTEN, null, false, false),
				MappingOptions.defaults().beanValidationDdl());
		assertThat(mappings().read(RESOURCE, asWritten)).isNull();
	}

	@Test
	void aMissingOrDamagedResourceLeavesTheMappingToTheStart() throws IOException {
		BuildTimeMappings mappings = mappings();
		assertThat(mappings.read("app/absent.b64", MappingOptions.defaults())).isNull();
		Files.writeString(this.classPath.resolve(RESOURCE), "not a mapping");
		assertThat(mappings.read(RESOURCE, MappingOptions.defaults())).isNull();
		assertThat(mappings.read(null, MappingOptions.defaults())).isNull();
	}

	private BuildTimeMappings mappings() throws IOException {
		Path file = this.classPath.resolve(RESOURCE);
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			this.written.writeTo(out, (type) -> {
			});
		}
		return new BuildTimeMappings(new URLClassLoader(new URL[] { this.classPath.toUri().toURL() }, null));
	}

}
