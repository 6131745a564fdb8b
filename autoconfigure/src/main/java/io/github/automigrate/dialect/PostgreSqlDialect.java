package io.github.automigrate.dialect;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * PostgreSQL, with the type names Hibernate's {@code PostgreSQLDialect} writes. That includes {@code oid} for a
 * {@code @Lob} (text or bytes): Hibernate's validator rejects {@code text} and {@code bytea} there, since it stores
 * such a value as a large object. Unquoted names fold to lower case.
 */
public class PostgreSqlDialect extends AbstractDialect {

	/** Words PostgreSQL reserves beyond SQL:2003 that its driver's keyword list leaves out. */
	private static final Set<String> KEYWORDS = Set.of("analyse", "analyze", "concurrently", "do", "freeze", "ilike",
			"isnull", "limit", "notnull", "offset", "placing", "returning", "verbose");

	public PostgreSqlDialect(String databaseKeywords) {
		super(new Identifiers("\"", "\"", Identifiers.IdentifierCase.LOWER,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS)));
	}

	@Override
	public SchemaLock schemaLock() {
		return Locks.postgresAdvisory();
	}

	@Override
	public boolean transactionalDdl() {
		return true;
	}

	@Override
	public String name() {
		return "PostgreSQL";
	}

	@Override
	protected Map<TypeKind, String> ownTypeNames() {
		// PostgreSQL has no tinyint; a large object's column holds its id (Hibernate binds @Lob through that API).
		return Map.of(TypeKind.TINYINT, "smallint", TypeKind.REAL, "float4", TypeKind.DOUBLE, "float(53)", TypeKind.CLOB,
				"oid", TypeKind.BLOB, "oid", TypeKind.VARBINARY, "bytea", TypeKind.JSON, "jsonb");
	}

	@Override
	public String typeName(ColumnType type) {
		// bytea has no length: Hibernate writes plain bytea whatever the mapped length.
		return (type.definition() == null && type.kind() == TypeKind.VARBINARY) ? "bytea" : super.typeName(type);
	}

	@Override
	public Optional<String> indexesQuery() {
		// Unique constraints are backed by unique indexes of the same name; primary keys are left out.
		return Optional.of("select t.relname, i.relname, a.attname, x.indisunique, k.ord from pg_index x"
				+ " join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid"
				+ " join pg_namespace n on n.oid = t.relnamespace"
				+ " cross join lateral unnest(x.indkey) with ordinality as k(attnum, ord)"
				+ " join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum"
				+ " where n.nspname = coalesce(cast(? as varchar), current_schema()) and not x.indisprimary"
				+ " order by 1, 2, 5");
	}

	@Override
	public Optional<String> foreignKeysQuery() {
		return Optional.of("select t.relname, c.conname, a.attname,"
				+ " case when rn.nspname <> n.nspname then rn.nspname end, r.relname, ra.attname from pg_constraint c"
				+ " join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace"
				+ " join pg_class r on r.oid = c.confrelid join pg_namespace rn on rn.oid = r.relnamespace"
				+ " cross join lateral unnest(c.conkey, c.confkey) with ordinality as k(attnum, refnum, ord)"
				+ " join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum"
				+ " join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = k.refnum"
				+ " where c.contype = 'f' and n.nspname = coalesce(cast(? as varchar), current_schema())"
				+ " order by 1, 2, k.ord");
	}

	@Override
	public Optional<String> sequencesQuery() {
		// The cast gives the driver a type for a null parameter.
		return Optional.of("select sequence_schema, sequence_name from information_schema.sequences"
				+ " where sequence_schema = coalesce(cast(? as varchar), current_schema())");
	}

	@Override
	public ColumnType actualType(ColumnMetadata metadata) {
		// The driver's type codes blur several types (bool is BIT, timestamptz is TIMESTAMP, text is VARCHAR of
		// unbounded size, bytea is BINARY): its type names do not.
		return switch (metadata.typeName().toLowerCase(Locale.ROOT)) {
			case "bool" -> ColumnType.of(TypeKind.BOOLEAN);
			case "timestamptz" -> ColumnType.of(TypeKind.TIMESTAMP_TZ);
			case "timetz" -> ColumnType.of(TypeKind.TIME);
			case "text" -> ColumnType.of(TypeKind.CLOB);
			case "bytea" -> ColumnType.of(TypeKind.VARBINARY);
			// A large-object reference: a number on the wire, text or bytes to Hibernate; no kind says which.
			case "oid" -> ColumnType.of(TypeKind.OTHER).withDefinition("oid");
			default -> super.actualType(metadata);
		};
	}

	@Override
	protected List<String> columnComment(TableName table, Column column) {
		return commentOnColumn(table, column);
	}

}
