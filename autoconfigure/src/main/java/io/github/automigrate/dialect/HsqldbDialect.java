package io.github.automigrate.dialect;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * HSQLDB 2.x (HyperSQL), with the type names Hibernate's {@code HSQLDialect} writes. Unquoted names fold to upper case;
 * Hibernate quotes a name that starts with an underscore or holds a dollar sign itself, as written, so such a name
 * keeps its case here too. DDL commits at once. The catalog is read from {@code INFORMATION_SCHEMA}, one query per
 * kind of object.
 */
public class HsqldbDialect extends AbstractDialect {

	/** Words HSQLDB reserves beyond SQL:2003, which its driver does not report ({@code getSQLKeywords} is empty). */
	private static final Set<String> KEYWORDS = Set.of("limit", "offset", "period", "top");

	/** The bytes of a UUID. */
	private static final int UUID_BYTES = 16;

	public HsqldbDialect(String databaseKeywords) {
		super(new Identifiers("\"", "\"", Identifiers.IdentifierCase.UPPER,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS), HsqldbDialect::quotedByHibernate));
	}

	/** What Hibernate's {@code HSQLDialect} quotes of its own accord: an initial underscore, a dollar sign. */
	private static boolean quotedByHibernate(String name) {
		return name.startsWith("_") || name.contains("$");
	}

	@Override
	public String name() {
		return "HSQLDB";
	}

	@Override
	public boolean foreignKeyNamesPerSchema() {
		return true;
	}

	@Override
	protected Map<TypeKind, String> ownTypeNames() {
		// HSQLDB keeps no time zone in Hibernate's mapping (it normalises to UTC), and has no JSON type; Hibernate
		// stores a UUID in 16 bytes.
		return Map.of(TypeKind.REAL, "float(24)", TypeKind.DOUBLE, "float(53)", TypeKind.TIME_TZ, "time",
				TypeKind.TIMESTAMP_TZ, "timestamp(6)", TypeKind.UUID, "binary(16)", TypeKind.JSON, "clob");
	}

	@Override
	public ColumnType storedType(ColumnType mapped) {
		if (mapped.definition() != null) {
			return mapped;
		}
		return switch (mapped.kind()) {
			case UUID -> ColumnType.ofLength(TypeKind.BINARY, UUID_BYTES);
			case JSON -> ColumnType.of(TypeKind.CLOB);
			// HSQLDB's real and float are its double.
			case REAL -> ColumnType.of(TypeKind.DOUBLE);
			case TIME_TZ -> ColumnType.of(TypeKind.TIME);
			case TIMESTAMP_TZ -> ColumnType.of(TypeKind.TIMESTAMP);
			default -> mapped;
		};
	}

	@Override
	public Optional<String> indexesQuery() {
		// HSQLDB lists the index behind a constraint under the constraint's name: a unique constraint is read as a
		// unique index, and those of primary and foreign keys are left out.
		return Optional.of("select i.table_name, i.index_name, i.column_name, not i.non_unique, i.ordinal_position"
				+ " from information_schema.system_indexinfo i left join information_schema.table_constraints c"
				+ " on c.constraint_schema = i.table_schem and c.constraint_name = i.index_name"
				+ " and c.constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')"
				+ " where i.table_schem = coalesce(?, current_schema) and c.constraint_name is null"
				+ " order by 1, 2, 5");
	}

	@Override
	public Optional<String> foreignKeysQuery() {
		return Optional.of("select fktable_name, fk_name, fkcolumn_name,"
				+ " case when pktable_schem <> fktable_schem then pktable_schem end, pktable_name, pkcolumn_name"
				+ " from information_schema.system_crossreference where fktable_schem = coalesce(?, current_schema)"
				+ " order by fktable_name, fk_name, key_seq");
	}

	@Override
	public Optional<String> sequencesQuery() {
		return Optional.of("select sequence_schema, sequence_name from information_schema.sequences"
				+ " where sequence_schema = coalesce(?, current_schema)");
	}

	@Override
	public SchemaLock schemaLock() {
		// database() is the database's path (a file's, or an in-memory database's name, in lower case), the same for
		// every URL that opens it; database_name() its generated name, which tells databases on two servers apart.
		return Locks.inProcessPerDatabase("values database() || ':' || database_name()");
	}

	@Override
	protected List<String> columnComment(TableName table, Column column) {
		return commentOnColumn(table, column);
	}

	/** HSQLDB's ALTER TABLE takes one addition (a second clause is "unexpected token: ,"). */
	@Override
	protected @Nullable String addsInOneStatement(TableName table, List<String> additions) {
		return null;
	}

}
