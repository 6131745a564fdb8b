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
 * Reads the dialect's catalog fingerprint of the schemas {@link SchemaIntrospector} would read: one short query per
 * schema instead of the whole catalog.
 */
public final class CatalogFingerprint {

	private final JdbcTemplate jdbc;

	private final Dialect dialect;

	/**
	 * Creates a reader.
	 * @param jdbc the template, on the run's single connection
	 * @param dialect the database's dialect
	 */
	public CatalogFingerprint(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
	}

	/**
	 * Reads the fingerprint of the connection's default schema and the named ones.
	 * @param schemas the schemas the entities name besides the default one
	 * @return the fingerprint, or empty when the database has none for one of them, or cannot compute it
	 */
	public Optional<String> read(Collection<Identifier> schemas) {
		Optional<String> query = this.dialect.catalogFingerprintQuery();
		if (query.isEmpty()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		List<@Nullable Identifier> all = new ArrayList<>();
		all.add(null);
		all.addAll(schemas);
		for (Identifier schema : all) {
			Object stored = (schema != null) ? this.dialect.stored(schema) : null;
			List<String> values;
			try {
				values = this.jdbc.query(query.get(), (row, index) -> row.getString(1),
						KeyIntrospector.parameters(query.get(), stored));
			}
			catch (DataAccessException ex) {
				// A server without a function the query needs (PostgreSQL before 11): compare in full.
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
