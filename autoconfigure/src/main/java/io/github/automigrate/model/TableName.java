package io.github.automigrate.model;

import org.jspecify.annotations.Nullable;

/**
 * A table's name and, when it is not in the connection's default schema, its schema.
 *
 * @param schema the schema, or {@code null} for the connection's default schema
 * @param name the table name
 */
public record TableName(@Nullable Identifier schema, Identifier name) {

	/** The key under which tables are matched, case-insensitively. */
	public String key() {
		return (this.schema != null) ? this.schema.key() + "." + this.name.key() : this.name.key();
	}

	@Override
	public String toString() {
		return (this.schema != null) ? this.schema + "." + this.name : this.name.toString();
	}

}
