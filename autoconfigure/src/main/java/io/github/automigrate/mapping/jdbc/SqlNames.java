package io.github.automigrate.mapping.jdbc;

import java.util.List;

import org.springframework.data.relational.core.sql.IdentifierProcessing;
import org.springframework.data.relational.core.sql.SqlIdentifier;

import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

/**
 * Spring Data's identifiers as the model's: rendered by the dialect's identifier
 * processing, as Spring Data renders them in the SQL it issues. A name Spring Data quotes
 * (all of them by default) becomes a quoted identifier of exactly that text (letter-cased
 * by the dialect where derived, verbatim where the application named it), so the DDL
 * creates the very name Spring Data queries; an unquoted one is left for the database to
 * fold, as Spring Data leaves it.
 */
final class SqlNames {

	private final IdentifierProcessing processing;

	private final String openQuote;

	private final String closeQuote;

	SqlNames(IdentifierProcessing processing) {
		this.processing = processing;
		String quotes = processing.quote("");
		this.openQuote = quotes.substring(0, quotes.length() / 2);
		this.closeQuote = quotes.substring(quotes.length() / 2);
	}

	Identifier identifier(SqlIdentifier name) {
		String sql = name.toSql(this.processing);
		if (!this.openQuote.isEmpty() && sql.length() > this.openQuote.length() + this.closeQuote.length()
				&& sql.startsWith(this.openQuote) && sql.endsWith(this.closeQuote)) {
			return new Identifier(sql.substring(this.openQuote.length(), sql.length() - this.closeQuote.length()),
					true);
		}
		return new Identifier(sql, false);
	}

	/**
	 * A table or sequence name, with its schema when Spring Data qualifies it
	 * ({@code @Table(schema = ...)}).
	 */
	TableName tableName(SqlIdentifier qualified) {
		List<SqlIdentifier> parts = qualified.toList();
		if (parts.size() > 1) {
			return new TableName(identifier(parts.get(parts.size() - 2)), identifier(parts.get(parts.size() - 1)));
		}
		return new TableName(null, identifier(qualified));
	}

}
