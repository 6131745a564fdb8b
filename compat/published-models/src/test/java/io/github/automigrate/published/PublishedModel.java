package io.github.automigrate.published;

import java.util.List;
import java.util.Map;

import org.springframework.context.support.GenericApplicationContext;

import io.github.automigrate.mapping.jpa.EntityClassScanner;

/**
 * One JPA model as a project publishes it on Maven Central: the jar, the packages an
 * application scans for its entities, what the tests drop from a database that holds
 * rows, and the differences from Hibernate's {@code create} that are accepted on some
 * database, each with its reason.
 *
 * @param name the name, for test output
 * @param artifact the Maven coordinates of the jar that holds the entities
 * @param packages the packages to scan, as the project's own Spring Boot support
 * registers them
 * @param entityCount how many {@code @Entity} classes the scan must find
 * @param drops what is dropped by hand from a migrated database that holds rows
 * @param hibernateCreateFailures per database name, the tables Hibernate's own
 * {@code create} cannot create, each with the reason: the oracle names them, it does not
 * copy them
 * @param accepted per database name, differences from Hibernate's {@code create} by shape
 * key ({@code table.column}, {@code index table(columns)}, {@code fk table(columns)}),
 * each with its reason
 */
record PublishedModel(String name, String artifact, List<String> packages, int entityCount, Drops drops,
		Map<String, Map<String, String>> hibernateCreateFailures, Map<String, Map<String, String>> accepted) {

	/**
	 * What the drop test removes: some columns (none of them in a key or an index, as a
	 * user's hand-made change would) from tables that then get rows, and one whole table.
	 *
	 * @param columns {@code table.column} names to drop
	 * @param table a table to drop, or {@code null}
	 */
	record Drops(List<String> columns, String table) {

		List<String> alteredTables() {
			return this.columns.stream().map((column) -> column.substring(0, column.indexOf('.'))).distinct().toList();
		}

	}

	/**
	 * The entity and converter classes, found as an application finds them: scanning the
	 * packages.
	 * @return the classes, sorted by name
	 */
	List<Class<?>> scan() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			return new EntityClassScanner(context, this.packages).scan();
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("Could not load a class of " + this.artifact, ex);
		}
	}

	Map<String, String> hibernateCreateFailures(String database) {
		return this.hibernateCreateFailures.getOrDefault(database, Map.of());
	}

	Map<String, String> accepted(String database) {
		return this.accepted.getOrDefault(database, Map.of());
	}

	@Override
	public String toString() {
		return this.name;
	}

}
