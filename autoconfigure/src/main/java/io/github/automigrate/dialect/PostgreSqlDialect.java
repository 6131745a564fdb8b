package io.github.automigrate.dialect;

import java.util.List;
import java.util.Set;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.SqlText;
import io.github.automigrate.model.TableName;

/**
 * PostgreSQL, with the type names Hibernate's {@code PostgreSQLDialect} writes
 * ({@link PostgreSqlTypeNames}). Unquoted names fold to lower case. Its catalog is read
 * by {@code introspect}'s {@code PostgreSqlCatalog}.
 */
public class PostgreSqlDialect extends AbstractDialect {

	/**
	 * Words PostgreSQL reserves beyond SQL:2003 that its driver's keyword list leaves
	 * out.
	 */
	private static final Set<String> KEYWORDS = Set.of("analyse", "analyze", "concurrently", "do", "freeze", "ilike",
			"isnull", "limit", "notnull", "offset", "placing", "returning", "verbose");

	public PostgreSqlDialect(String databaseKeywords) {
		super(new Identifiers("\"", "\"", Identifiers.IdentifierCase.LOWER,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS)), new PostgreSqlTypeNames());
	}

	@Override
	public String name() {
		return "PostgreSQL";
	}

	/** PostgreSQL reads a backslash as an escape in {@code E'...'} strings. */
	@Override
	public SqlText.Syntax sqlSyntax() {
		return new SqlText.Syntax("'", "\"", false, true, false);
	}

	@Override
	protected List<String> columnComment(TableName table, Column column) {
		return commentOnColumn(table, column);
	}

	/**
	 * A comment holding a backslash is an escape string, its backslashes doubled: a plain
	 * literal would end elsewhere on a server with standard_conforming_strings off, where
	 * a backslash escapes.
	 */
	@Override
	protected String stringLiteral(String comment) {
		return (comment.indexOf('\\') < 0) ? super.stringLiteral(comment)
				: "E" + super.stringLiteral(comment.replace("\\", "\\\\"));
	}

	@Override
	public boolean transactionalDdl() {
		return true;
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

}
