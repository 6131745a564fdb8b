package io.github.automigrate.model;

import java.util.List;

/**
 * A foreign key from columns of one table to columns of another.
 *
 * @param name the constraint name
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete what the database does to referencing rows when the referenced row is
 * deleted; a key read from the database says {@link OnDelete#NO_ACTION} (the rule is not
 * compared)
 */
public record ForeignKey(Identifier name, List<Identifier> columns, TableName referencedTable,
		List<Identifier> referencedColumns, OnDelete onDelete) implements java.io.Serializable {

	public ForeignKey {
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
	}

	/** A foreign key with the database's default delete rule. */
	public ForeignKey(Identifier name, List<Identifier> columns, TableName referencedTable,
			List<Identifier> referencedColumns) {
		this(name, columns, referencedTable, referencedColumns, OnDelete.NO_ACTION);
	}

	/** The same foreign key with another delete rule. */
	public ForeignKey withOnDelete(OnDelete rule) {
		return new ForeignKey(this.name, this.columns, this.referencedTable, this.referencedColumns, rule);
	}

	/** The same foreign key referencing a table of another name. */
	public ForeignKey withReferencedTable(TableName table) {
		return new ForeignKey(this.name, this.columns, table, this.referencedColumns, this.onDelete);
	}

	/** The delete rule of a foreign key, as Hibernate's {@code @OnDelete} declares it. */
	public enum OnDelete {

		/** No clause: the database's default. */
		NO_ACTION(""),

		CASCADE("cascade"), SET_NULL("set null"), SET_DEFAULT("set default"), RESTRICT("restrict");

		private final String sql;

		OnDelete(String sql) {
			this.sql = sql;
		}

		/**
		 * The clause's action as SQL ({@code cascade}, {@code set null}), empty for none.
		 */
		public String sql() {
			return this.sql;
		}

	}

}
