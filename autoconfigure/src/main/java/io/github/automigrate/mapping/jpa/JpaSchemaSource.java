package io.github.automigrate.mapping.jpa;

import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.PropertyResolver;

import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.mapping.SchemaSource;

/**
 * The JPA entities' schema: the classes the entity scan found (at build time, in an
 * application processed ahead of time), mapped under the application's JPA settings, or
 * the mapping computed at build time when it still holds.
 */
public class JpaSchemaSource implements SchemaSource {

	private final Supplier<ScannedClasses> scanned;

	private final PropertyResolver properties;

	private final @Nullable ClassLoader classLoader;

	private final BuildTimeMappings buildTimeMappings;

	/**
	 * Creates the source.
	 * @param scanned what the entity scan found, asked for at each read
	 * @param properties the application's properties: the JPA settings that shape the
	 * schema
	 * @param classLoader the class loader of the entity classes, or {@code null} for the
	 * default one
	 */
	public JpaSchemaSource(Supplier<ScannedClasses> scanned, PropertyResolver properties,
			@Nullable ClassLoader classLoader) {
		this.scanned = scanned;
		this.properties = properties;
		this.classLoader = classLoader;
		this.buildTimeMappings = new BuildTimeMappings(classLoader);
	}

	@Override
	public String name() {
		return "JPA entities";
	}

	/**
	 * Maps the entity classes found. Names, and what Bean Validation adds, follow the
	 * application's JPA settings, as Hibernate's do; the database is not asked.
	 * @param dataSource the database the schema is for
	 * @return the entities' schema, empty when the scan found no entity
	 * @throws MappingException if an entity cannot be mapped
	 * @throws IllegalStateException if a class the scan found can no longer be loaded
	 */
	@Override
	public MappedSchema read(DataSource dataSource) {
		return mapping().expected();
	}

	@Override
	public List<String> packages() {
		return this.scanned.get().packages();
	}

	private EntityMapping mapping() {
		ScannedClasses scanned = this.scanned.get();
		MappingOptions options = MappingOptions.from(this.properties::getProperty);
		EntityMapping mapping = this.buildTimeMappings.read(scanned.mappingResource(), options);
		if (mapping != null) {
			return mapping;
		}
		try {
			return EntityMapping.of(scanned.load(this.classLoader), options);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(
					"AutoMigrate could not load a class the entity scan found: " + ex.getMessage(), ex);
		}
	}

}
