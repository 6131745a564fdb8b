package io.github.automigrate.mapping;

import java.util.List;

import javax.sql.DataSource;

/**
 * One mapping front-end: reads the schema that some classes of the application expect
 * (JPA entities, Spring Data JDBC aggregates). The run takes every source bean, in order,
 * and merges what they read; two sources that map one table differently stop the start
 * with a message naming both.
 */
public interface SchemaSource {

	/**
	 * What this source maps, for messages and the report.
	 * @return a short name, such as {@code "JPA entities"}
	 */
	String name();

	/**
	 * Reads the schema this source's classes expect. An empty schema when it found
	 * nothing to map.
	 * @param dataSource the database the schema is for: a source whose names depend on
	 * the database (its quoting, its identifier case) may ask it, never its tables
	 * @return the expected schema, with what the mapping noticed but does not build
	 * @throws MappingException if a class cannot be mapped
	 */
	MappedSchema read(DataSource dataSource);

	/**
	 * Where this source looked for classes, for the report.
	 * @return the packages, empty by default
	 */
	default List<String> packages() {
		return List.of();
	}

}
