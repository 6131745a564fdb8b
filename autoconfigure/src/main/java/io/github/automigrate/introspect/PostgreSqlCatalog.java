package io.github.automigrate.introspect;

import java.util.Optional;

/**
 * PostgreSQL's catalog: {@code pg_catalog}, by object id where it can, one query per kind
 * of object; sequences from {@code information_schema}. Every schema parameter is cast,
 * so that the driver has a type for a {@code null} one.
 */
final class PostgreSqlCatalog implements Catalog {

	private static final String SCHEMA = "coalesce(cast(? as varchar), current_schema())";

	@Override
	public Optional<CatalogQuery<ColumnRow>> columns() {
		// The driver's getColumns is a heavy query whose every row it reworks in Java;
		// the catalog answers in a fraction of the time. Types come back as the driver
		// would name and size them, which the dialect's type names read as the driver's
		// answer.
		return Optional.of(CatalogQuery.of("select c.relname, a.attname, case"
				+ " when t.typtype = 'e' then 'varchar(2147483647)' when t.typname = 'char' then 'char(1)'"
				+ " when t.typname in ('varchar', 'bpchar', 'bit', 'varbit') and a.atttypmod > 0"
				+ " then t.typname || '(' || (a.atttypmod - case when t.typname like '%bit' then 0 else 4 end) || ')'"
				+ " when t.typname in ('varchar', 'text', 'bytea') then t.typname || '(2147483647)'"
				+ " when t.typname = 'numeric' and a.atttypmod >= 4"
				+ " then 'numeric(' || ((a.atttypmod - 4) >> 16) || ',' || ((a.atttypmod - 4) & 65535) || ')'"
				+ " else t.typname end, a.attnotnull" + " from pg_attribute a join pg_class c on c.oid = a.attrelid"
				+ " join pg_namespace n on n.oid = c.relnamespace join pg_type t on t.oid = a.atttypid"
				+ " where n.nspname = " + SCHEMA + " and c.relkind in ('r', 'p')"
				+ " and a.attnum > 0 and not a.attisdropped order by c.relname, a.attnum",
				(row, number) -> new ColumnRow(row.getString(1), row.getString(2), DeclaredType.parse(row.getString(3)),
						!row.getBoolean(4))));
	}

	@Override
	public Optional<CatalogQuery<IndexRow>> indexes() {
		// Unique constraints are backed by unique indexes of the same name; primary keys
		// are left out.
		return Optional.of(CatalogQuery.of(
				"select t.relname, i.relname, a.attname, x.indisunique, k.ord from pg_index x"
						+ " join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid"
						+ " join pg_namespace n on n.oid = t.relnamespace"
						+ " cross join lateral unnest(x.indkey) with ordinality as k(attnum, ord)"
						+ " join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum" + " where n.nspname = "
						+ SCHEMA + " and not x.indisprimary order by 1, 2, 5",
				(row, number) -> new IndexRow(row.getString(1), row.getString(2), row.getString(3),
						row.getBoolean(4))));
	}

	@Override
	public Optional<CatalogQuery<ForeignKeyRow>> foreignKeys() {
		return Optional.of(CatalogQuery.of("select t.relname, c.conname, a.attname,"
				+ " case when rn.nspname <> n.nspname then rn.nspname end, r.relname, ra.attname from pg_constraint c"
				+ " join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace"
				+ " join pg_class r on r.oid = c.confrelid join pg_namespace rn on rn.oid = r.relnamespace"
				+ " cross join lateral unnest(c.conkey, c.confkey) with ordinality as k(attnum, refnum, ord)"
				+ " join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum"
				+ " join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = k.refnum"
				+ " where c.contype = 'f' and n.nspname = " + SCHEMA + " order by 1, 2, k.ord",
				(row, number) -> new ForeignKeyRow(row.getString(1), row.getString(2), row.getString(3),
						row.getString(4), row.getString(5), row.getString(6))));
	}

	@Override
	public Optional<CatalogQuery<String>> sequences() {
		return Optional.of(CatalogQuery.of("select sequence_schema, sequence_name from information_schema.sequences"
				+ " where sequence_schema = " + SCHEMA, (row, number) -> row.getString(2)));
	}

	@Override
	public Optional<CatalogQuery<String>> fingerprint() {
		// Per catalog, a count and a sum of 64-bit row hashes (exact numeric sums: no
		// sort, no long string), of what the introspection reads, by object id where it
		// can (a name changes its object's row too). Indexes are in pg_class: an index
		// cannot change its columns or uniqueness but by being made again, under a new
		// id. A type renamed in place is not seen: its columns keep their type's id.
		// A row's hash is an exclusive or of hashes of its values, each seeded with
		// where the value sits (its object's id, its column's number), so that moving a
		// value changes the hash: no value is written out as text, which cost most of
		// the query's time (a third of it on 12,000 columns).
		String namespace = "(select oid from pg_namespace where nspname = " + SCHEMA + ")";
		String at = "a.attrelid::int8 * 65536 + a.attnum";
		String columns = rowDigest(
				"hashtextextended(a.attname::text, " + at + ") # hashint8extended(a.atttypid::int8, " + at
						+ ") # hashint8extended(a.atttypmod::int8 * 2 + a.attnotnull::int, " + at + ")",
				"pg_attribute a where a.attrelid = any(array(select c.oid from pg_class c where c.relnamespace = "
						+ namespace + " and c.relkind in ('r', 'p'))) and a.attnum > 0 and not a.attisdropped");
		String foreignKeys = rowDigest("hashtextextended(c.conname::text, c.oid::int8)"
				+ " # hashint8extended(c.conrelid::int8, c.oid::int8) # hash_array_extended(c.conkey, c.oid::int8)"
				+ " # hashtextextended(r.relname::text, r.relnamespace::int8)"
				+ " # hash_array_extended(c.confkey, c.confrelid::int8)",
				"pg_constraint c join pg_class r on r.oid = c.confrelid where c.contype = 'f' and c.connamespace = "
						+ namespace);
		String relations = rowDigest(
				"hashtextextended(c.relname::text, c.oid::int8) # hashint8extended(ascii(c.relkind::text), c.oid::int8)",
				"pg_class c where c.relkind in ('r', 'p', 'S', 'i') and c.relnamespace = " + namespace);
		return Optional
			.of(CatalogQuery.of("select concat_ws('/', " + columns + ", " + foreignKeys + ", " + relations + ")",
					(row, number) -> row.getString(1)));
	}

	private static String rowDigest(String hash, String from) {
		return "(select concat(count(*), ':', sum(" + hash + ")) from " + from + ")";
	}

}
