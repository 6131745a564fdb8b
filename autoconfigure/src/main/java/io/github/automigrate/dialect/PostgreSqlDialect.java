package io.github.automigrate.dialect;

import java.sql.Types;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.SqlText;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * PostgreSQL, with the type names Hibernate's {@code PostgreSQLDialect} writes. That includes {@code oid} for a
 * {@code @Lob} (text or bytes): Hibernate's validator rejects {@code text} and {@code bytea} there, since it stores
 * such a value as a large object. Unquoted names fold to lower case.
 */
public class PostgreSqlDialect extends AbstractDialect {

	/** Words PostgreSQL reserves beyond SQL:2003 that its driver's keyword list leaves out. */
	/**
	 * The JDBC types the driver reports for the catalog's type names, for columns read with {@link #columnsQuery()}
	 * (enums it reports as {@code varchar}, which the query writes for them); any other name is {@code OTHER}.
	 */
	private static final Map<String, Integer> JDBC_TYPES = Map.ofEntries(Map.entry("int2", Types.SMALLINT),
			Map.entry("int4", Types.INTEGER), Map.entry("int8", Types.BIGINT), Map.entry("oid", Types.BIGINT),
			Map.entry("float4", Types.REAL), Map.entry("float8", Types.DOUBLE), Map.entry("money", Types.DOUBLE),
			Map.entry("numeric", Types.NUMERIC), Map.entry("varchar", Types.VARCHAR), Map.entry("text", Types.VARCHAR),
			Map.entry("name", Types.VARCHAR), Map.entry("bpchar", Types.CHAR), Map.entry("char", Types.CHAR),
			Map.entry("bool", Types.BIT), Map.entry("bit", Types.BIT), Map.entry("bytea", Types.BINARY),
			Map.entry("date", Types.DATE), Map.entry("time", Types.TIME), Map.entry("timetz", Types.TIME),
			Map.entry("timestamp", Types.TIMESTAMP), Map.entry("timestamptz", Types.TIMESTAMP),
			Map.entry("xml", Types.SQLXML));

	private static final Set<String> KEYWORDS = Set.of("analyse", "analyze", "concurrently", "do", "freeze", "ilike",
			"isnull", "limit", "notnull", "offset", "placing", "returning", "verbose");

	public PostgreSqlDialect(String databaseKeywords) {
		super(new Identifiers("\"", "\"", Identifiers.IdentifierCase.LOWER,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS)));
	}

	/** Hibernate's PostgreSQL dialect generates native identifiers from a sequence. */
	@Override
	public boolean nativeGenerationIsSequence() {
		return true;
	}

	@Override
	public SchemaLock schemaLock() {
		return Locks.postgresAdvisory();
	}

	/** PostgreSQL reads a backslash as an escape in {@code E'...'} strings. */
	@Override
	public SqlText.Syntax sqlSyntax() {
		return new SqlText.Syntax("'", "\"", false, true, false);
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
		// PostgreSQL has no tinyint; a large object's column holds its id (Hibernate binds @Lob through that API);
		// Hibernate normalises an OffsetTime to UTC in a plain time column.
		return Map.of(TypeKind.TINYINT, "smallint", TypeKind.REAL, "float4", TypeKind.DOUBLE, "float(53)", TypeKind.CLOB,
				"oid", TypeKind.BLOB, "oid", TypeKind.VARBINARY, "bytea", TypeKind.JSON, "jsonb", TypeKind.TIME_TZ, "time",
				TypeKind.INET, "inet");
	}

	@Override
	public String typeName(ColumnType type) {
		// bytea and inet have no length: Hibernate writes them plain whatever the mapped length.
		if (type.definition() == null && (type.kind() == TypeKind.VARBINARY || type.kind() == TypeKind.INET)) {
			return sizedTypeName(type.kind());
		}
		// PostgreSQL has no fixed-length bytes: Hibernate declares bytea.
		if (type.definition() == null && type.kind() == TypeKind.BINARY) {
			return sizedTypeName(TypeKind.VARBINARY);
		}
		// Text of the longest length (Hibernate's LONG32VARCHAR) is a text column; only a @Lob is a large object.
		if (type.definition() == null && type.kind() == TypeKind.CLOB && Integer.valueOf(Integer.MAX_VALUE).equals(type.length())) {
			return "text";
		}
		return super.typeName(type);
	}

	@Override
	protected int maxVarcharLength() {
		// PostgreSQL's own limit, which Hibernate's PostgreSQLDialect declares: longer text is a text column.
		return 10_485_760;
	}

	@Override
	protected String longVarcharTypeName(int length) {
		return "text";
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
	public Optional<String> columnsQuery() {
		// The driver's getColumns is a heavy query whose every row it reworks in Java; the catalog answers in a
		// fraction of the time. Types come back as the driver would name and size them (see JDBC_TYPES).
		return Optional.of("select c.relname, a.attname, case"
				+ " when t.typtype = 'e' then 'varchar(2147483647)' when t.typname = 'char' then 'char(1)'"
				+ " when t.typname in ('varchar', 'bpchar', 'bit', 'varbit') and a.atttypmod > 0"
				+ " then t.typname || '(' || (a.atttypmod - case when t.typname like '%bit' then 0 else 4 end) || ')'"
				+ " when t.typname in ('varchar', 'text', 'bytea') then t.typname || '(2147483647)'"
				+ " when t.typname = 'numeric' and a.atttypmod >= 4"
				+ " then 'numeric(' || ((a.atttypmod - 4) >> 16) || ',' || ((a.atttypmod - 4) & 65535) || ')'"
				+ " else t.typname end, a.attnotnull"
				+ " from pg_attribute a join pg_class c on c.oid = a.attrelid"
				+ " join pg_namespace n on n.oid = c.relnamespace join pg_type t on t.oid = a.atttypid"
				+ " where n.nspname = coalesce(cast(? as varchar), current_schema()) and c.relkind in ('r', 'p')"
				+ " and a.attnum > 0 and not a.attisdropped order by c.relname, a.attnum");
	}

	@Override
	public Optional<String> catalogFingerprintQuery() {
		// Per catalog, a count and a sum of 64-bit row hashes (exact numeric sums: no sort, no long string), of what
		// the introspection reads, by object id where it can (a name changes its object's row too). Indexes are in
		// pg_class: an index cannot change its columns or uniqueness but by being made again, under a new id. A type
		// renamed in place is not seen: its columns keep their type's id.
		String namespace = " = (select oid from pg_namespace where nspname = coalesce(cast(? as varchar), current_schema()))";
		return Optional.of("select concat_ws('/', "
				+ rowDigest("a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attnotnull",
						"pg_attribute a join pg_class c on c.oid = a.attrelid where c.relnamespace" + namespace
								+ " and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped")
				+ ", " + rowDigest("c.oid, c.conrelid, c.conname, c.conkey, r.relnamespace, r.relname, c.confkey",
						"pg_constraint c join pg_class r on r.oid = c.confrelid where c.contype = 'f' and c.connamespace"
								+ namespace)
				+ ", " + rowDigest("c.oid, c.relname, c.relkind",
						"pg_class c where c.relkind in ('r', 'p', 'S', 'i') and c.relnamespace" + namespace)
				+ ")");
	}

	private static String rowDigest(String columns, String from) {
		return "(select concat(count(*), ':', sum(hashtextextended(concat_ws(':', " + columns + "), 0))) from " + from
				+ ")";
	}

	@Override
	public Optional<String> sequencesQuery() {
		// The cast gives the driver a type for a null parameter.
		return Optional.of("select sequence_schema, sequence_name from information_schema.sequences"
				+ " where sequence_schema = coalesce(cast(? as varchar), current_schema())");
	}

	@Override
	public ColumnType actualType(ColumnMetadata read) {
		ColumnMetadata metadata = (read.jdbcType() == Types.OTHER && JDBC_TYPES.containsKey(read.typeName()))
				? new ColumnMetadata(JDBC_TYPES.get(read.typeName()), read.typeName(), read.size(), read.decimalDigits())
				: read;
		// The driver's type codes blur several types (bool is BIT, timestamptz is TIMESTAMP, text is VARCHAR of
		// unbounded size, bytea is BINARY): its type names do not.
		return switch (metadata.typeName().toLowerCase(Locale.ROOT)) {
			case "bool" -> ColumnType.of(TypeKind.BOOLEAN);
			case "timestamptz" -> ColumnType.of(TypeKind.TIMESTAMP_TZ);
			case "timetz" -> ColumnType.of(TypeKind.TIME_TZ);
			case "inet" -> ColumnType.of(TypeKind.INET);
			case "text" -> ColumnType.of(TypeKind.CLOB);
			case "bytea" -> ColumnType.of(TypeKind.VARBINARY);
			// A large-object reference: a number on the wire, text or bytes to Hibernate; no kind says which.
			case "oid" -> ColumnType.of(TypeKind.OTHER).withDefinition("oid");
			default -> super.actualType(metadata);
		};
	}

	/**
	 * A comment holding a backslash is an escape string, its backslashes doubled: a plain literal would end elsewhere
	 * on a server with standard_conforming_strings off, where a backslash escapes.
	 */
	@Override
	protected String stringLiteral(String comment) {
		return (comment.indexOf('\\') < 0) ? super.stringLiteral(comment)
				: "E" + super.stringLiteral(comment.replace("\\", "\\\\"));
	}

	@Override
	protected List<String> columnComment(TableName table, Column column) {
		return commentOnColumn(table, column);
	}

}
