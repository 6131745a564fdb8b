package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.TableName;

/**
 * Reads a table's indexes and unique constraints: {@code @Table(indexes)},
 * {@code @Table(uniqueConstraints)} (and the same of {@code @JoinTable} and
 * {@code @CollectionTable}) and unique columns. Column names are logical and get the
 * physical naming; declared constraint names are kept as written (Hibernate's physical
 * naming does not rename constraints); unnamed ones get Hibernate's implicit names, which
 * hash the declared column names as written. Two declarations of the same columns and
 * uniqueness make one index, the first one declared.
 */
final class TableConstraintsReader {

	private final NamingStrategy naming;

	TableConstraintsReader(NamingStrategy naming) {
		this.naming = naming;
	}

	/**
	 * Reads the indexes of one table.
	 * @param declared what its mapping declares, or {@code null}
	 * @param table its table name
	 * @param columns its columns, already read
	 * @return the indexes and unique constraints
	 */
	List<Index> read(@Nullable Declared declared, TableName table, Collection<Column> columns) {
		Map<String, Index> indexes = new LinkedHashMap<>();
		if (declared != null) {
			for (jakarta.persistence.Index index : declared.indexes()) {
				String[] logical = logicalNames(index.columnList().split(","));
				List<Identifier> names = columns(declared.origin(), columns, logical, index.name());
				Identifier name = !index.name().isEmpty() ? Identifier.of(index.name())
						: index.unique() ? ConstraintNames.uniqueKey(table, hashed(logical))
								: ConstraintNames.index(table, hashed(logical));
				put(indexes, new Index(name, names, index.unique()));
			}
			for (UniqueConstraint unique : declared.uniqueConstraints()) {
				String[] logical = logicalNames(unique.columnNames());
				List<Identifier> names = columns(declared.origin(), columns, logical, unique.name());
				Identifier name = !unique.name().isEmpty() ? Identifier.of(unique.name())
						: ConstraintNames.uniqueKey(table, hashed(logical));
				put(indexes, new Index(name, names, true));
			}
		}
		for (Column column : columns) {
			if (column.unique()) {
				put(indexes, new Index(ConstraintNames.uniqueKey(table, List.of(column.name())), List.of(column.name()),
						true));
			}
		}
		return new ArrayList<>(indexes.values());
	}

	private static void put(Map<String, Index> indexes, Index index) {
		String key = index.unique() + ":" + String.join(",", index.columns().stream().map(Identifier::key).toList());
		indexes.putIfAbsent(key, index);
	}

	/** The column names as declared, without sort directions or blanks. */
	private static String[] logicalNames(String[] declared) {
		return java.util.Arrays.stream(declared)
			.map((entry) -> withoutDirection(entry.trim()))
			.filter((entry) -> !entry.isEmpty())
			.toArray(String[]::new);
	}

	/**
	 * Hibernate hashes the column names of a declared index or unique constraint as the
	 * annotation writes them (the table's name is physical); only a unique column is
	 * hashed by its physical name.
	 */
	private static List<Identifier> hashed(String[] logicalNames) {
		return java.util.Arrays.stream(logicalNames).map(Identifier::of).toList();
	}

	private List<Identifier> columns(String origin, Collection<Column> columns, String[] logicalNames,
			String constraint) {
		List<Identifier> names = new ArrayList<>();
		for (String name : logicalNames) {
			Identifier physical = this.naming.physical(name);
			if (columns.stream().noneMatch((column) -> column.name().key().equals(physical.key()))) {
				throw new MappingException(origin,
						"declares the index or unique constraint '" + constraint + "' on the column '" + name
								+ "', which its table does not have.",
						"Name the column as the mapping does (its @Column name or the field name).");
			}
			names.add(physical);
		}
		return names;
	}

	/**
	 * A {@code columnList} entry may end with a sort direction, which indexes here do not
	 * keep.
	 */
	private static String withoutDirection(String entry) {
		String lower = entry.toLowerCase(Locale.ROOT);
		if (lower.endsWith(" asc")) {
			return entry.substring(0, entry.length() - 4).trim();
		}
		if (lower.endsWith(" desc")) {
			return entry.substring(0, entry.length() - 5).trim();
		}
		return entry;
	}

	/**
	 * The indexes and unique constraints a table's mapping declares: an entity's
	 * {@code @Table}, a join table's {@code @JoinTable} or a collection table's
	 * {@code @CollectionTable}.
	 *
	 * @param origin where they are declared, for messages (the entity class, or
	 * {@code Owner.attribute})
	 * @param indexes the declared indexes
	 * @param uniqueConstraints the declared unique constraints
	 */
	record Declared(String origin, jakarta.persistence.Index[] indexes, UniqueConstraint[] uniqueConstraints) {

		/** What an entity's {@code @Table} declares, or {@code null} when it has none. */
		static @Nullable Declared of(@Nullable Class<?> entity) {
			Table annotation = (entity != null) ? entity.getAnnotation(Table.class) : null;
			return (annotation != null)
					? new Declared(entity.getName(), annotation.indexes(), annotation.uniqueConstraints()) : null;
		}

	}

}
