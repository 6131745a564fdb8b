package io.github.automigrate.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A schema, expected (from the entities) or actual (read from the database): the same type on both sides.
 *
 * @param tables the tables
 * @param sequences the sequences
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {

	public Schema {
		tables = List.copyOf(tables);
		sequences = List.copyOf(sequences);
	}

	/**
	 * Finds a table by name, the way the database matches names.
	 * @param name the table name
	 * @return the table, if present
	 */
	public Optional<Table> table(TableName name) {
		return Optional.ofNullable(tablesByKey().get(name.key()));
	}

	/** Tables by their matching key. */
	public Map<String, Table> tablesByKey() {
		return this.tables.stream().collect(Collectors.toMap((table) -> table.name().key(), Function.identity(), (a, b) -> a));
	}

}
