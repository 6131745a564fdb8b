package io.github.automigrate.dialect;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.TableName;

/**
 * HSQLDB 2.x (HyperSQL), with the type names Hibernate's {@code HSQLDialect} writes
 * ({@link HsqldbTypeNames}). Unquoted names fold to upper case; Hibernate quotes a name
 * that starts with an underscore or holds a dollar sign itself, as written, so such a
 * name keeps its case here too. DDL commits at once. The catalog is read from
 * {@code INFORMATION_SCHEMA}, one query per kind of object, by {@code introspect}'s
 * {@code HsqldbCatalog}.
 */
public class HsqldbDialect extends AbstractDialect {

	/**
	 * Words HSQLDB reserves beyond SQL:2003, which its driver does not report
	 * ({@code getSQLKeywords} is empty).
	 */
	private static final Set<String> KEYWORDS = Set.of("limit", "offset", "period", "top");

	public HsqldbDialect(String databaseKeywords) {
		super(new Identifiers("\"", "\"", Identifiers.IdentifierCase.UPPER,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS), HsqldbDialect::quotedByHibernate),
				new HsqldbTypeNames());
	}

	@Override
	public String name() {
		return "HSQLDB";
	}

	@Override
	protected List<String> columnComment(TableName table, Column column) {
		return commentOnColumn(table, column);
	}

	/**
	 * HSQLDB's ALTER TABLE takes one addition (a second clause is "unexpected token: ,").
	 */
	@Override
	protected @Nullable String addsInOneStatement(TableName table, List<String> additions) {
		return null;
	}

	@Override
	public boolean foreignKeyNamesPerSchema() {
		return true;
	}

	@Override
	public SchemaLock schemaLock() {
		// database() is the database's path (a file's, or an in-memory database's name,
		// in lower case), the same for every URL that opens it; database_name() its
		// generated name, which tells databases on two servers apart.
		return Locks.inProcessPerDatabase("values database() || ':' || database_name()");
	}

	/**
	 * What Hibernate's {@code HSQLDialect} quotes of its own accord: an initial
	 * underscore, a dollar sign.
	 */
	private static boolean quotedByHibernate(String name) {
		return name.startsWith("_") || name.contains("$");
	}

}
