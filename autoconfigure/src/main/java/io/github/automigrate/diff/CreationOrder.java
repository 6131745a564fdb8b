package io.github.automigrate.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Table;

/**
 * Orders new tables so that a referenced table comes before the tables referencing it. A
 * cycle is cut where it is met: its foreign keys are then added after the tables, or
 * declared as forward references where the database allows them.
 */
final class CreationOrder {

	private CreationOrder() {
	}

	/**
	 * Orders tables by their references, keeping the given order otherwise.
	 * @param tables the tables to create
	 * @return the same tables, referenced ones first
	 */
	static List<Table> of(List<Table> tables) {
		Map<String, Table> byKey = new LinkedHashMap<>();
		tables.forEach((table) -> byKey.putIfAbsent(table.name().key(), table));
		List<Table> ordered = new ArrayList<>();
		Set<String> visited = new HashSet<>();
		for (Table table : byKey.values()) {
			visit(table, byKey, visited, ordered);
		}
		return ordered;
	}

	private static void visit(Table table, Map<String, Table> byKey, Set<String> visited, List<Table> ordered) {
		if (!visited.add(table.name().key())) {
			return;
		}
		for (ForeignKey foreignKey : table.foreignKeys()) {
			Table referenced = byKey.get(foreignKey.referencedTable().key());
			if (referenced != null) {
				visit(referenced, byKey, visited, ordered);
			}
		}
		ordered.add(table);
	}

}
