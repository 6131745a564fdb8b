package io.github.automigrate.testsupport;

import java.util.List;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * Short names for the model values the pure steps' tests build: unquoted names in the
 * default schema, tables keyed by a NOT NULL {@code id} column.
 */
public final class ModelFixtures {

	private ModelFixtures() {
	}

	/** An unquoted identifier. */
	public static Identifier id(String name) {
		return new Identifier(name, false);
	}

	/** A table name in the default schema. */
	public static TableName name(String name) {
		return new TableName(null, id(name));
	}

	/** A nullable column of a type without length. */
	public static Column column(String name, TypeKind kind) {
		return Column.builder(name, ColumnType.of(kind)).build();
	}

	/** A column of a type, as a builder to name the rest. */
	public static Column.Builder column(String name, ColumnType type) {
		return Column.builder(name, type);
	}

	/**
	 * A table with a NOT NULL {@code bigint} primary key column {@code id}, then the
	 * given columns.
	 * @param name the table name
	 * @param columns the columns after {@code id}
	 * @return the table, as a builder to add keys
	 */
	public static Table.Builder table(String name, Column... columns) {
		return Table.builder(name(name))
			.column(Column.builder("id", ColumnType.of(TypeKind.BIGINT)).nullable(false).build())
			.columns(List.of(columns))
			.primaryKey(List.of(id("id")))
			.origin(name);
	}

	/** An index on columns of one table. */
	public static Index index(String name, boolean unique, String... columns) {
		return new Index(id(name), List.of(columns).stream().map(ModelFixtures::id).toList(), unique);
	}

	/** A foreign key from one column to the {@code id} of a table. */
	public static ForeignKey foreignKey(String name, String column, String referencedTable) {
		return new ForeignKey(id(name), List.of(id(column)), name(referencedTable), List.of(id("id")));
	}

}
