package io.github.automigrate.introspect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.model.Identifier;

/**
 * Reads the catalog's fingerprint of the schemas {@link SchemaIntrospector} would read:
 * one short query per schema instead of the whole catalog.
 */
public final class CatalogFingerprint {

	private final JdbcTemplate jdbc;

	private final Dialect dialect;

	private final @Nullable CatalogQuery<String> query;

	/**
	 * Creates a reader.
	 * @param jdbc the template, on the run's single connection
	 * @param dialect the database's dialect
	 */
	public CatalogFingerprint(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
		this.query = Catalog.of(dialect).fingerprint().orElse(null);
	}

	/**
	 * Whether a dialect's database has a catalog fingerprint; where it has none, every
	 * start compares in full.
	 * @param dialect the dialect
	 * @return true if it has one
	 */
	public static boolean isAvailable(Dialect dialect) {
		return Catalog.of(dialect).fingerprint().isPresent();
	}

	/**
	 * Reads the fingerprint of the connection's default schema and the named ones.
	 * @param schemas the schemas the entities name besides the default one
	 * @return the fingerprint, or empty when the database has none for one of them, or
	 * cannot compute it
	 */
	public Optional<String> read(Collection<Identifier> schemas) {
		CatalogQuery<String> query = this.query;
		if (query == null) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		List<@Nullable Identifier> all = new ArrayList<>();
		all.add(null);
		all.addAll(schemas);
		for (Identifier schema : all) {
			String stored = (schema != null) ? this.dialect.stored(schema) : null;
			List<String> values;
			try {
				values = query.read(this.jdbc, stored);
			}
			catch (DataAccessException ex) {
				// A server without a function the query needs (PostgreSQL before 11):
				// compare in full.
				return Optional.empty();
			}
			if (values.isEmpty() || values.get(0) == null || values.get(0).isEmpty()) {
				return Optional.empty();
			}
			parts.add(((schema != null) ? schema.key() : "") + "=" + values.get(0));
		}
		return Optional.of(String.join(";", parts));
	}

}
