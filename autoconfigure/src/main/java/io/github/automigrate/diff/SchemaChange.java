package io.github.automigrate.diff;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;

/**
 * Something the expected schema has and the database lacks: the only kind of change
 * AutoMigrate makes.
 */
public sealed interface SchemaChange {

	/**
	 * A short description for the report and the log, such as
	 * {@code add column order.total}.
	 */
	String description();

	/** A table to create, whole. */
	record CreateTable(Table table) implements SchemaChange {

		@Override
		public String description() {
			return "create table " + this.table.name();
		}

	}

	/** A column to add to an existing table. {@code table} is the expected table. */
	record AddColumn(Table table, Column column) implements SchemaChange {

		@Override
		public String description() {
			return "add column " + this.table.name() + "." + this.column.name();
		}

	}

	/** A sequence (or, where the database has none, its one-row table) to create. */
	record CreateSequence(Sequence sequence) implements SchemaChange {

		@Override
		public String description() {
			return "create sequence " + this.sequence.name();
		}

	}

	/**
	 * An index or unique constraint to add to a table. {@code table} is the expected
	 * table.
	 */
	record CreateIndex(Table table, Index index) implements SchemaChange {

		@Override
		public String description() {
			return (this.index.unique() ? "add unique constraint " : "create index ") + this.table.name() + "."
					+ this.index.name();
		}

	}

	/**
	 * A foreign key to add to a table. {@code table} is the expected (referencing) table.
	 */
	record AddForeignKey(Table table, ForeignKey foreignKey) implements SchemaChange {

		@Override
		public String description() {
			return "add foreign key " + this.table.name() + "." + this.foreignKey.name();
		}

	}

}
