package io.github.automigrate.aot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.javapoet.ClassName;

import io.github.automigrate.mapping.jpa.EntityMapping;
import io.github.automigrate.mapping.jpa.MappingOptions;

/**
 * Computes the mapping step at build time and writes it as a class-path resource of the
 * application. The mapping needs nothing from the database: the entity classes and the
 * JPA settings the environment holds at build time. The steps that depend on the database
 * (names where it keeps them, native generation, name lengths, the fingerprint) stay at
 * start-up. A start whose JPA settings differ from the build's maps the classes again.
 */
final class BuildTimeMapping {

	private static final Log logger = LogFactory.getLog(BuildTimeMapping.class);

	private final Environment environment;

	BuildTimeMapping(Environment environment) {
		this.environment = environment;
	}

	/**
	 * Maps the classes and writes the result beside the code generated for the bean, with
	 * the hints a native image needs to read it back.
	 * @param classes the classes the scan found
	 * @param generationContext where generated files and hints go
	 * @param generatedClass the class generated for the bean, whose name makes the
	 * resource's unique in the build
	 * @return the resource's path on the class path, or {@code null} when the classes
	 * cannot be mapped (the start then maps them, and reports why it cannot, as it would
	 * without AOT)
	 */
	@Nullable String write(List<Class<?>> classes, GenerationContext generationContext, ClassName generatedClass) {
		EntityMapping mapping;
		try {
			mapping = EntityMapping.of(classes, MappingOptions.from(this.environment::getProperty));
		}
		catch (RuntimeException ex) {
			logger.warn("AutoMigrate could not map the entities at build time; the start will map them: "
					+ ex.getMessage());
			return null;
		}
		String path = generatedClass.reflectionName().replace('.', '/') + "-automigrate-mapping.b64";
		RuntimeHints hints = generationContext.getRuntimeHints();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			mapping.writeTo(bytes, (type) -> hints.serialization().registerType(TypeReference.of(type)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("AutoMigrate could not write the mapping it computed at build time", ex);
		}
		generationContext.getGeneratedFiles().addResourceFile(path, new ByteArrayResource(bytes.toByteArray()));
		hints.resources().registerPattern(path);
		return path;
	}

}
