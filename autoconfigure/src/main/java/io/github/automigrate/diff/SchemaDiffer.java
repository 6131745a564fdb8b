package io.github.automigrate.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TypeKind;

/**
 * Compares the expected schema with the actual one. Pure: no SQL, no JDBC. Sequences come
 * first, then tables, then columns, so that the planner can keep this order.
 */
public final class SchemaDiffer {

	private final UnaryOperator<ColumnType> storedAs;

	private final KeySupport keys;

	private final Set<String> otherToolsTables;

	private final Set<String> runtimeTablePrefixes;

	/** A differ for a database that stores every type as mapped. */
	public SchemaDiffer() {
		this(UnaryOperator.identity());
	}

	/**
	 * A differ for a database that stores some types as others (SQLite stores a UUID as a
	 * blob).
	 * @param storedAs how the database stores a mapped type, as it reads back
	 */
	public SchemaDiffer(UnaryOperator<ColumnType> storedAs) {
		this(storedAs, KeySupport.FULL);
	}

	/**
	 * A differ for a database that stores some types as others, and reads and creates
	 * keys as described.
	 * @param storedAs how the database stores a mapped type, as it reads back
	 * @param keys what the database reads of keys, and where new tables' foreign keys go
	 */
	public SchemaDiffer(UnaryOperator<ColumnType> storedAs, KeySupport keys) {
		this(storedAs, keys, Set.of(), Set.of());
	}

	private SchemaDiffer(UnaryOperator<ColumnType> storedAs, KeySupport keys, Set<String> otherToolsTables,
			Set<String> runtimeTablePrefixes) {
		this.storedAs = storedAs;
		this.keys = keys;
		this.otherToolsTables = otherToolsTables;
		this.runtimeTablePrefixes = runtimeTablePrefixes;
	}

	/**
	 * A differ that leaves out of the drift the tables other schema tools keep beside the
	 * entities' (Flyway's history, Liquibase's change log and lock), whatever schema they
	 * are in.
	 * @param tables their names, in any case
	 * @return the differ
	 */
	public SchemaDiffer withOtherToolsTables(Set<String> tables) {
		return new SchemaDiffer(this.storedAs, this.keys, lowerCase(tables), this.runtimeTablePrefixes);
	}

	/**
	 * A differ that leaves out of the drift the tables the mapping front-end's runtime
	 * makes by itself, which no class maps (Hibernate's work tables for bulk updates and
	 * deletes), as the front-end names them.
	 * @param prefixes the prefixes of their names, in any case
	 * @return the differ
	 */
	public SchemaDiffer withRuntimeTablePrefixes(Set<String> prefixes) {
		return new SchemaDiffer(this.storedAs, this.keys, this.otherToolsTables, lowerCase(prefixes));
	}

	private static Set<String> lowerCase(Set<String> names) {
		return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Compares two schemas.
	 * @param expected the schema the entities map
	 * @param actual the schema read from the database
	 * @return what is missing, and the drift
	 */
	public SchemaDiff diff(Schema expected, Schema actual) {
		List<SchemaChange> changes = new ArrayList<>();
		List<Drift> drift = new ArrayList<>();
		Map<String, Table> actualTables = actual.tablesByKey();
		Set<String> actualSequences = actual.sequences()
			.stream()
			.map((sequence) -> sequence.name().key())
			.collect(Collectors.toSet());
		for (Sequence sequence : expected.sequences()) {
			String key = sequence.name().key();
			// Where the database has no sequences, Hibernate's fallback is a table of the
			// same name.
			if (!actualSequences.contains(key) && !actualTables.containsKey(key)) {
				changes.add(new SchemaChange.CreateSequence(sequence));
			}
		}
		List<SchemaChange> addColumns = new ArrayList<>();
		KeyDiffer keyDiffer = new KeyDiffer(this.keys);
		List<Table> created = new ArrayList<>();
		for (Table table : expected.tables()) {
			Table existing = actualTables.get(table.name().key());
			if (existing == null) {
				created.add(table);
				// Created without the columns this database cannot make; each is a change
				// of its own, which the planner reports as not possible.
				table.columns()
					.stream()
					.filter((column) -> !column.possible())
					.forEach((column) -> addColumns.add(new SchemaChange.AddColumn(table, column)));
			}
			else {
				compareColumns(table, existing, addColumns, drift);
				keyDiffer.compare(table, existing, drift);
			}
		}
		CreationOrder.of(created)
			.forEach((table) -> changes.add(new SchemaChange.CreateTable(table.possibleColumns())));
		changes.addAll(addColumns);
		changes.addAll(keyDiffer.changes(created));
		Set<String> mapped = expected.tables().stream().map((table) -> table.name().key()).collect(Collectors.toSet());
		expected.sequences().forEach((sequence) -> mapped.add(sequence.name().key()));
		for (Table table : actual.tables()) {
			if (!mapped.contains(table.name().key()) && !isRuntimeTable(table)
					&& !this.otherToolsTables.contains(table.name().name().key())) {
				drift.add(new Drift(Drift.Kind.EXTRA_TABLE, table.name().toString(), "", "table"));
			}
		}
		return new SchemaDiff(changes, drift);
	}

	private boolean isRuntimeTable(Table table) {
		String name = table.name().name().key();
		return this.runtimeTablePrefixes.stream().anyMatch(name::startsWith);
	}

	private void compareColumns(Table expected, Table actual, List<SchemaChange> changes, List<Drift> drift) {
		Map<String, Column> existing = new HashMap<>();
		actual.columns().forEach((column) -> existing.putIfAbsent(column.name().key(), column));
		Set<String> mapped = new HashSet<>();
		for (Column column : expected.columns()) {
			mapped.add(column.name().key());
			Column found = existing.get(column.name().key());
			if (found != null) {
				compareColumn(expected, column, found, drift);
			}
			else {
				changes.add(new SchemaChange.AddColumn(expected, column));
			}
		}
		for (Column column : actual.columns()) {
			if (!mapped.contains(column.name().key())) {
				drift.add(new Drift(Drift.Kind.EXTRA_COLUMN, name(actual, column), "", column.type().toString()));
			}
		}
	}

	private void compareColumn(Table table, Column expected, Column actual, List<Drift> drift) {
		ColumnType want = this.storedAs.apply(expected.type());
		ColumnType have = actual.type();
		if (want.definition() == null && have.kind() != TypeKind.OTHER
				&& want.kind().family() != have.kind().family()) {
			drift.add(new Drift(Drift.Kind.TYPE_MISMATCH, name(table, expected), want.toString(), have.toString()));
		}
		else if (isNarrower(want, have)) {
			drift.add(new Drift(Drift.Kind.NARROWER_THAN_MAPPED, name(table, expected), want.toString(),
					have.toString()));
		}
		if (expected.nullable() != actual.nullable()) {
			drift.add(new Drift(Drift.Kind.NULLABILITY_MISMATCH, name(table, expected), nullability(expected),
					nullability(actual)));
		}
	}

	private static boolean isNarrower(ColumnType want, ColumnType have) {
		if (want.definition() != null || want.kind().family() != have.kind().family()) {
			return false;
		}
		return isLess(have.length(), want.length()) || isLess(have.precision(), want.precision())
				|| (Objects.equals(have.precision(), want.precision()) && isLess(have.scale(), want.scale()));
	}

	private static boolean isLess(Integer have, Integer want) {
		return have != null && want != null && have < want;
	}

	private static String nullability(Column column) {
		return column.nullable() ? "NULL" : "NOT NULL";
	}

	private static String name(Table table, Column column) {
		return table.name() + "." + column.name();
	}

}
