package io.github.automigrate.apply;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.diff.KeySupport;
import io.github.automigrate.diff.SchemaDiff;
import io.github.automigrate.diff.SchemaDiffer;
import io.github.automigrate.introspect.CatalogFingerprint;
import io.github.automigrate.introspect.SchemaIntrospector;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.plan.MigrationPlanner;

/**
 * Reads the live schema and compares it with the expected one, between two reads of the
 * catalog's fingerprint; and plans from what it found. A run compares once, then again
 * under the lock, and once more to verify.
 */
final class SchemaComparer {

	private final Schema expected;

	private final Optional<Fingerprint> expectedFingerprint;

	private final Set<Identifier> schemas;

	private final Optional<String> lockTable;

	private final SchemaIntrospector introspector;

	private final CatalogFingerprint fingerprints;

	private final SchemaDiffer differ;

	private final MigrationPlanner planner;

	/**
	 * Creates a comparer.
	 * @param session the run's connection
	 * @param expected the expected schema, in the database's terms
	 * @param expectedFingerprint the expected side of the fingerprint, empty when the run
	 * does not fingerprint
	 * @param otherToolsTables the tables of other schema tools, never drift
	 * @param runtimeTablePrefixes the prefixes of the tables the mapping front-end's
	 * runtime keeps for itself, never drift
	 */
	SchemaComparer(Session session, Schema expected, Optional<Fingerprint> expectedFingerprint,
			Set<String> otherToolsTables, Set<String> runtimeTablePrefixes) {
		Dialect dialect = session.dialect();
		this.expected = expected;
		this.expectedFingerprint = expectedFingerprint;
		this.schemas = expected.tables()
			.stream()
			.map((table) -> table.name().schema())
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(Identifier::key))));
		this.lockTable = dialect.schemaLock().table();
		this.introspector = new SchemaIntrospector(session.jdbc(), dialect);
		this.fingerprints = new CatalogFingerprint(session.jdbc(), dialect);
		this.planner = new MigrationPlanner(dialect, new JdbcTableFacts(session.jdbc(), dialect));
		this.differ = new SchemaDiffer(dialect.types()::stored,
				new KeySupport(this.introspector.readsIndexes(), this.introspector.readsForeignKeys(),
						dialect.foreignKeysInCreateTable()))
			.withOtherToolsTables(otherToolsTables)
			.withRuntimeTablePrefixes(runtimeTablePrefixes);
	}

	/**
	 * Whether this comparer reads fingerprints at all.
	 * @return false when the run does not fingerprint
	 */
	boolean fingerprints() {
		return this.expectedFingerprint.isPresent();
	}

	/**
	 * The fingerprint of the expected schema and the catalog as they are now (one short
	 * query).
	 * @return the fingerprint, empty when the run does not fingerprint or the database
	 * has none
	 */
	Optional<String> fingerprint() {
		return this.expectedFingerprint.flatMap((expected) -> this.fingerprints.read(this.schemas).map(expected::with));
	}

	/**
	 * Compares. When the fingerprint read before is given, reads it again after: equal,
	 * the comparison saw a catalog that held still.
	 * @param before the fingerprint read before, or empty to read none (a comparison
	 * bound to find changes)
	 * @return the comparison
	 */
	CatalogComparison compare(Optional<String> before) {
		SchemaDiff diff = this.differ.diff(this.expected, withoutLockTable(this.introspector.read(this.schemas)));
		Optional<String> held = before.filter((fingerprint) -> fingerprint().equals(Optional.of(fingerprint)));
		return new CatalogComparison(diff, held);
	}

	/**
	 * Compares and plans.
	 * @param before the fingerprint read before, or empty
	 * @return the plan, with its comparison
	 */
	Planned plan(Optional<String> before) {
		CatalogComparison comparison = compare(before);
		return new Planned(this.planner.plan(comparison.diff()), comparison);
	}

	/** The lock's own table is AutoMigrate's, neither mapped nor drift. */
	private Schema withoutLockTable(Schema actual) {
		if (this.lockTable.isEmpty()) {
			return actual;
		}
		String lockTable = this.lockTable.get();
		List<Table> tables = actual.tables()
			.stream()
			.filter((table) -> table.name().schema() != null || !table.name().name().text().equalsIgnoreCase(lockTable))
			.toList();
		return new Schema(tables, actual.sequences());
	}

}
