package io.github.automigrate.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A schema, expected (from the entities) or actual (read from the database): the same
 * type on both sides.
 *
 * @param tables the tables
 * @param sequences the sequences
 */
public record Schema(List<Table> tables, List<Sequence> sequences) implements java.io.Serializable {

	public Schema {
		tables = List.copyOf(tables);
		sequences = List.copyOf(sequences);
	}

	/**
	 * The same schema with every table, sequence and referenced table renamed.
	 * @param rename the renaming
	 * @return the renamed schema
	 */
	public Schema withNames(UnaryOperator<TableName> rename) {
		List<Table> renamed = this.tables.stream()
			.map((table) -> table.withName(rename.apply(table.name()))
				.withForeignKeys(table.foreignKeys()
					.stream()
					.map((key) -> key.withReferencedTable(rename.apply(key.referencedTable())))
					.toList()))
			.toList();
		return new Schema(renamed, this.sequences.stream()
			.map((sequence) -> new Sequence(rename.apply(sequence.name()), sequence.start(), sequence.increment(),
					(sequence.nativeFor() != null) ? rename.apply(sequence.nativeFor()) : null))
			.toList());
	}

	/**
	 * The schema as a database generates identifiers natively (Hibernate's {@code native}
	 * generator): with sequences, the native sequences stay and the tables they serve
	 * lose their identity columns; else the sequences go.
	 * @param sequences whether the database's native generation is a sequence
	 * @return the schema for that database
	 */
	public Schema withNativeGeneration(boolean sequences) {
		if (this.sequences.stream().allMatch((sequence) -> sequence.nativeFor() == null)) {
			return this;
		}
		java.util.Set<String> served = this.sequences.stream()
			.filter((sequence) -> sequence.nativeFor() != null)
			.map((sequence) -> sequence.nativeFor().key())
			.collect(Collectors.toSet());
		List<Table> tables = !sequences ? this.tables : this.tables.stream()
			.map((table) -> !served.contains(table.name().key()) ? table : table.withColumns(
					table.columns().stream().map((column) -> column.toBuilder().identity(false).build()).toList()))
			.toList();
		return new Schema(tables,
				this.sequences.stream()
					.filter((sequence) -> sequences || sequence.nativeFor() == null)
					.map((sequence) -> new Sequence(sequence.name(), sequence.start(), sequence.increment()))
					.toList());
	}

	/** Tables by their matching key. */
	public Map<String, Table> tablesByKey() {
		return this.tables.stream()
			.collect(Collectors.toMap((table) -> table.name().key(), Function.identity(), (a, b) -> a));
	}

}
