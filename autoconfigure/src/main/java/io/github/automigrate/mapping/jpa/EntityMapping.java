package io.github.automigrate.mapping.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.MappingException;

/**
 * The mapping step's whole output for some classes under some options: the expected
 * schema, and the entity classes among them for the report. An application processed
 * ahead of time gets it computed at build time and written as a resource, so that its
 * start reads it back instead of reading annotations; the options it was computed under
 * say whether it still holds.
 *
 * @param options the options the classes were mapped under
 * @param expected the schema the entities expect
 * @param entities the names of the {@code @Entity} classes among the classes mapped, for
 * the report
 */
public record EntityMapping(MappingOptions options, MappedSchema expected,
		List<String> entities) implements Serializable {

	// What a written mapping may hold: the model, the mapping's values, and the JDK's
	// strings, boxes and lists.
	private static final ObjectInputFilter ONLY_THE_MODEL = ObjectInputFilter.Config.createFilter(
			"maxdepth=20;io.github.automigrate.model.*;io.github.automigrate.mapping.**;java.lang.*;java.util.*;!*");

	public EntityMapping {
		entities = List.copyOf(entities);
	}

	/**
	 * Maps some classes.
	 * @param classes the {@code @Entity} classes, and any {@code @Converter} classes that
	 * apply automatically
	 * @param options the options to map them under
	 * @return the mapping
	 * @throws MappingException if an entity cannot be mapped
	 */
	public static EntityMapping of(Collection<Class<?>> classes, MappingOptions options) {
		MappedSchema expected = new EntityMappingReader(options).read(classes);
		// The entities mapped: those given, and any @Entity superclass of theirs that was
		// not (Hibernate maps it too).
		return new EntityMapping(options, expected, expected.entities());
	}

	/**
	 * Writes this mapping, as Base64 text.
	 * @param out where to write it
	 * @param written told each class the written form names, once (a native image must
	 * know them to read it back)
	 * @throws IOException if it cannot be written
	 */
	public void writeTo(OutputStream out, Consumer<Class<?>> written) throws IOException {
		// As text: tools that carry generated resources (Spring's test compiler, for one)
		// may take them for text.
		try (ObjectOutputStream objects = new ObjectOutputStream(Base64.getMimeEncoder().wrap(out)) {

			@Override
			protected void annotateClass(Class<?> type) {
				written.accept(type);
			}

		}) {
			objects.writeObject(this);
		}
	}

	/**
	 * Reads a mapping {@link #writeTo written} before.
	 * @param in where to read it from
	 * @return the mapping
	 * @throws IOException if it cannot be read, or holds anything but a mapping
	 */
	public static EntityMapping readFrom(InputStream in) throws IOException {
		try (ObjectInputStream objects = new ObjectInputStream(Base64.getMimeDecoder().wrap(in))) {
			objects.setObjectInputFilter(ONLY_THE_MODEL);
			return (EntityMapping) objects.readObject();
		}
		catch (ClassNotFoundException | ClassCastException ex) {
			throw new IOException("Not a mapping AutoMigrate wrote: " + ex.getMessage(), ex);
		}
	}

}
