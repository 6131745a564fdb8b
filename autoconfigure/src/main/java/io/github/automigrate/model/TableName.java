package io.github.automigrate.model;

import org.jspecify.annotations.Nullable;

/**
 * A table's (or sequence's) name and, when it is not in the connection's default
 * namespace, its schema. The mapping also records the catalog an annotation names; the
 * dialect decides which of the two the database means (MySQL's databases are catalogs),
 * before anything is compared.
 *
 * @param catalog the catalog an annotation names, or {@code null}
 * @param schema the schema, or {@code null} for the connection's default schema
 * @param name the table name
 */
public record TableName(@Nullable Identifier catalog, @Nullable Identifier schema,
		Identifier name) implements java.io.Serializable {

	/**
	 * A name in a schema (or in the default schema when {@code schema} is {@code null}).
	 * @param schema the schema, or {@code null}
	 * @param name the name
	 */
	public TableName(@Nullable Identifier schema, Identifier name) {
		this(null, schema, name);
	}

	/** The key under which tables are matched, case-insensitively. */
	public String key() {
		if (this.catalog == null && this.schema == null) {
			return this.name.key();
		}
		return prefix(this.catalog) + prefix(this.schema) + this.name.key();
	}

	private static String prefix(@Nullable Identifier part) {
		return (part != null) ? part.key() + "." : "";
	}

	@Override
	public String toString() {
		return ((this.catalog != null) ? this.catalog + "." : "") + ((this.schema != null) ? this.schema + "." : "")
				+ this.name;
	}

}
