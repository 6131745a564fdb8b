package io.github.automigrate.mapping.jdbc;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;

/**
 * One expected table while aggregates are read. A child entity type reached by several
 * paths (two properties, two aggregates) has one table with a back-reference column for
 * each: those columns then accept null, as each row fills only its own.
 */
final class AggregateTable {

	private final TableName name;

	private final String origin;

	private final Map<String, Column> columns = new LinkedHashMap<>();

	private final List<Identifier> primaryKey = new ArrayList<>();

	private final List<ForeignKey> foreignKeys = new ArrayList<>();

	// The paths that lead to this table: one per property path under an aggregate root.
	private final Set<String> paths = new LinkedHashSet<>();

	// The back-reference and key columns, each with the path whose rows fill it.
	private final Map<String, String> referenceColumns = new LinkedHashMap<>();

	AggregateTable(TableName name, String origin) {
		this.name = name;
		this.origin = origin;
	}

	TableName name() {
		return this.name;
	}

	/**
	 * The primary key's columns so far.
	 * @return the columns, in key order
	 */
	List<Identifier> primaryKey() {
		return List.copyOf(this.primaryKey);
	}

	/**
	 * Records a path that leads to this table.
	 * @param path the path, as Spring Data writes it
	 * @return whether the path was new
	 */
	boolean reachedFrom(String path) {
		return this.paths.add(path);
	}

	void add(Column column, boolean primaryKey) {
		Column existing = this.columns.putIfAbsent(column.name().key(), column);
		if (existing != null && existing.type().kind().family() != column.type().kind().family()) {
			throw new MappingException(String.valueOf(column.origin()),
					"maps the column " + this.name + "." + column.name() + " as " + column.type() + ", but "
							+ existing.origin() + " maps it as " + existing.type() + ".",
					"Give one of them another @Column name.");
		}
		if (primaryKey && this.primaryKey.stream().noneMatch((key) -> key.key().equals(column.name().key()))) {
			this.primaryKey.add(column.name());
		}
	}

	/**
	 * Adds a column that ties a row to its parent: a back-reference, or a list index or
	 * map key.
	 * @param column the column
	 * @param path the path whose rows fill it
	 * @return the path that filled it before, if another one did
	 */
	String addReference(Column column, String path) {
		add(column, false);
		String before = this.referenceColumns.putIfAbsent(column.name().key(), path);
		return (before != null && !before.equals(path)) ? before : null;
	}

	void addForeignKey(List<Identifier> columns, TableName referenced, List<Identifier> referencedColumns) {
		if (this.foreignKeys.stream().noneMatch((key) -> key.columns().equals(columns))) {
			this.foreignKeys
				.add(new ForeignKey(foreignKeyName(referenced, columns), columns, referenced, referencedColumns));
		}
	}

	Table build() {
		boolean sharedByPaths = this.paths.size() > 1;
		List<Column> built = new ArrayList<>();
		for (Identifier key : this.primaryKey) {
			built.add(this.columns.get(key.key()));
		}
		for (Column column : this.columns.values()) {
			if (this.primaryKey.stream().anyMatch((key) -> key.key().equals(column.name().key()))) {
				continue;
			}
			boolean filledByEveryRow = !sharedByPaths || !this.referenceColumns.containsKey(column.name().key());
			built.add(filledByEveryRow ? column : nullable(column));
		}
		return new Table(this.name, built, this.primaryKey, List.of(), this.foreignKeys, this.origin);
	}

	private static Column nullable(Column column) {
		return column.toBuilder().nullable(true).fallbackDefault(null).build();
	}

	/**
	 * A name that stays the same from start to start: {@code FK}, then a hash of the
	 * table, target and columns.
	 */
	private Identifier foreignKeyName(TableName referenced, List<Identifier> columns) {
		StringBuilder text = new StringBuilder(this.name.toString()).append("->").append(referenced);
		columns.forEach((column) -> text.append(',').append(column.text()));
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return new Identifier("FK" + new BigInteger(1, digest).toString(35), false);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is not available", ex);
		}
	}

}
