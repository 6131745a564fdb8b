package io.github.automigrate.mapping.jpa;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the mapping an application processed ahead of time got at build time (see
 * {@code io.github.automigrate.aot}), so that its start reads no annotations. It holds
 * only under the options it was computed under: a start whose JPA settings differ
 * (another profile, say) maps the classes again.
 */
final class BuildTimeMappings {

	private static final Log logger = LogFactory.getLog(BuildTimeMappings.class);

	private final @Nullable ClassLoader classLoader;

	BuildTimeMappings(@Nullable ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * The mapping computed at build time, if there is one and it holds under the options
	 * of this start.
	 * @param resource the class-path resource that holds it, or {@code null} when there
	 * is none
	 * @param options the options of this start
	 * @return the mapping, or {@code null} when the start must map the classes itself
	 */
	@Nullable EntityMapping read(@Nullable String resource, MappingOptions options) {
		if (resource == null) {
			return null;
		}
		EntityMapping mapping;
		try (InputStream in = new ClassPathResource(resource, this.classLoader).getInputStream()) {
			mapping = EntityMapping.readFrom(in);
		}
		// LinkageError too: a native image missing a serialization hint says so with one;
		// the start can still map.
		catch (IOException | RuntimeException | LinkageError ex) {
			logger.warn("AutoMigrate could not read the mapping computed at build time from " + resource
					+ "; mapping the entities now: " + ex.getMessage());
			return null;
		}
		if (!mapping.options().equals(options)) {
			logger.info("AutoMigrate maps the entities at start-up: the JPA settings that shape the schema differ "
					+ "from the build's (" + options + " here, " + mapping.options() + " at build time)");
			return null;
		}
		if (logger.isDebugEnabled()) {
			logger.debug("AutoMigrate read the expected schema computed at build time (" + mapping.entities().size()
					+ " entities) from " + resource + "; no annotations read");
		}
		return mapping;
	}

}
