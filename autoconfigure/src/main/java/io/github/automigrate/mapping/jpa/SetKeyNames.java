package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;

/**
 * Names apart the unique keys Hibernate gives sets of nullable elements. Hibernate 7.4
 * names such a key after the owner's table, not the set's own
 * ({@code Set.createPrimaryKey} asks the collection for its owner's table), so two sets
 * of one owner with the same column names (Keycloak's client: {@code redirect_uris} and
 * {@code web_origins}, both {@code (client_id, value)}) get one name. PostgreSQL, H2 and
 * SQLite keep such names once per schema, and Hibernate's own {@code create} fails on the
 * second. A key whose name another key of the schema shares is named after its own table
 * instead, as Hibernate names every other key of a collection table; a key of that name
 * made earlier is still recognised by its columns.
 */
final class SetKeyNames {

	private final List<SetKey> keys = new ArrayList<>();

	/**
	 * Records a set's unique key under Hibernate's name, with the name it takes if that
	 * one is shared.
	 * @param table the set's table
	 * @param index the key, named as Hibernate names it
	 */
	void add(TableName table, Index index) {
		this.keys.add(new SetKey(table, index.name(), ConstraintNames.uniqueKey(table, index.columns())));
	}

	/**
	 * The tables, with every recorded key whose name another table of the same schema
	 * also uses renamed.
	 * @param tables the built tables
	 * @return the tables, renamed where needed
	 */
	List<Table> apart(List<Table> tables) {
		if (this.keys.isEmpty()) {
			return tables;
		}
		Map<String, Set<String>> tablesByName = new HashMap<>();
		for (Table table : tables) {
			for (Index index : table.indexes()) {
				tablesByName.computeIfAbsent(nameKey(table.name(), index.name()), (name) -> new HashSet<>())
					.add(table.name().key());
			}
		}
		Map<String, Identifier> renamed = new HashMap<>();
		for (SetKey key : this.keys) {
			if (tablesByName.getOrDefault(nameKey(key.table(), key.hibernateName()), Set.of()).size() > 1) {
				renamed.put(key.table().key() + "|" + key.hibernateName().key(), key.ownName());
			}
		}
		if (renamed.isEmpty()) {
			return tables;
		}
		return tables.stream().map((table) -> rename(table, renamed)).toList();
	}

	private static Table rename(Table table, Map<String, Identifier> renamed) {
		List<Index> indexes = table.indexes().stream().map((index) -> {
			Identifier name = renamed.get(table.name().key() + "|" + index.name().key());
			return (name != null) ? new Index(name, index.columns(), index.unique()) : index;
		}).toList();
		return table.withIndexes(indexes);
	}

	/**
	 * A constraint name within its schema: the table's key without the table's own name.
	 */
	private static String nameKey(TableName table, Identifier name) {
		String key = table.key();
		return key.substring(0, key.length() - table.name().key().length()) + name.key();
	}

	private record SetKey(TableName table, Identifier hibernateName, Identifier ownName) {
	}

}
