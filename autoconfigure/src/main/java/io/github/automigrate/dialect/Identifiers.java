package io.github.automigrate.dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.github.automigrate.model.Identifier;

/**
 * Writes identifiers the way one database reads them. A name is quoted only where it must
 * be: a reserved word or a name with characters an unquoted identifier cannot hold. A
 * quoted reserved word is written in the case the database folds unquoted names to, so it
 * names the very object an unquoted reference (Hibernate's, with its default settings)
 * looks for. A name the application quoted itself keeps its case.
 */
public final class Identifiers {

	private static final Set<String> SQL_2003_RESERVED = load("sql2003-reserved-words.txt");

	private final String openQuote;

	private final String closeQuote;

	private final IdentifierCase foldCase;

	private final Set<String> reservedWords;

	private final Predicate<String> quotedAsWritten;

	/**
	 * Creates the rules of one database.
	 * @param openQuote the opening quote
	 * @param closeQuote the closing quote
	 * @param foldCase the case the database stores unquoted identifiers in
	 * @param reservedWords the words the database does not take as unquoted identifiers
	 */
	public Identifiers(String openQuote, String closeQuote, IdentifierCase foldCase, Set<String> reservedWords) {
		this(openQuote, closeQuote, foldCase, reservedWords, (name) -> false);
	}

	/**
	 * Creates the rules of one database whose Hibernate dialect quotes some names itself,
	 * as they are written (so that the database keeps their case): those names are
	 * quoted, and stored, as written here too.
	 * @param openQuote the opening quote
	 * @param closeQuote the closing quote
	 * @param foldCase the case the database stores unquoted identifiers in
	 * @param reservedWords the words the database does not take as unquoted identifiers
	 * @param quotedAsWritten the names Hibernate quotes as written on this database
	 */
	public Identifiers(String openQuote, String closeQuote, IdentifierCase foldCase, Set<String> reservedWords,
			Predicate<String> quotedAsWritten) {
		this.openQuote = openQuote;
		this.closeQuote = closeQuote;
		this.foldCase = foldCase;
		this.reservedWords = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		this.reservedWords.addAll(reservedWords);
		this.quotedAsWritten = quotedAsWritten;
	}

	/**
	 * The SQL:2003 reserved words with a database's own keywords. Quoting a word the
	 * database would have accepted does no harm: the quoted name, in the folded case, is
	 * the one an unquoted reference finds.
	 * @param databaseKeywords {@code DatabaseMetaData.getSQLKeywords()}, comma-separated
	 * @param dialectKeywords further words the dialect knows to be reserved
	 * @return the words
	 */
	public static Set<String> sql2003And(String databaseKeywords, Set<String> dialectKeywords) {
		Set<String> words = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		words.addAll(SQL_2003_RESERVED);
		words.addAll(dialectKeywords);
		Arrays.stream(databaseKeywords.split(","))
			.map(String::trim)
			.filter((word) -> !word.isEmpty())
			.forEach(words::add);
		return words;
	}

	/**
	 * Writes an identifier for SQL.
	 * @param identifier the identifier
	 * @return the identifier, quoted where needed
	 */
	public String quote(Identifier identifier) {
		if (identifier.quoted() || this.quotedAsWritten.test(identifier.text())) {
			return quoted(identifier.text());
		}
		return needsQuotes(identifier) ? quoted(this.foldCase.apply(identifier.text())) : identifier.text();
	}

	/**
	 * A quote inside the name is doubled, so that the name cannot end early and let what
	 * follows be read as SQL.
	 */
	private String quoted(String text) {
		return this.openQuote + text.replace(this.closeQuote, this.closeQuote + this.closeQuote) + this.closeQuote;
	}

	/**
	 * The name under which the database stores an identifier, as its metadata reports it.
	 * @param identifier the identifier
	 * @return the stored name
	 */
	public String stored(Identifier identifier) {
		return (identifier.quoted() || this.quotedAsWritten.test(identifier.text())) ? identifier.text()
				: this.foldCase.apply(identifier.text());
	}

	/**
	 * The key under which the database tells names apart: two identifiers with one key
	 * name one object. Where unquoted names are folded (H2, HSQLDB, PostgreSQL), the
	 * stored name, so that a quoted {@code "ID"} and an unquoted {@code id} are one
	 * column on H2 and two on PostgreSQL; where names are stored as written (MySQL's
	 * columns, SQLite), the name in lower case, as those databases compare names ignoring
	 * case, quoted or not.
	 * @param identifier the identifier
	 * @return its key
	 */
	public String key(Identifier identifier) {
		return (this.foldCase == IdentifierCase.AS_WRITTEN) ? identifier.key() : stored(identifier);
	}

	private boolean needsQuotes(Identifier identifier) {
		return identifier.quoted() || !isPlain(identifier.text()) || isReserved(identifier.text());
	}

	/**
	 * {@code [A-Za-z_][A-Za-z0-9_]*}, tested without a regex: every identifier of every
	 * statement passes here.
	 */
	private static boolean isPlain(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
			if (!letter && (i == 0 || c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a word is reserved on this database.
	 * @param word the word
	 * @return true if it must be quoted as an identifier
	 */
	public boolean isReserved(String word) {
		return this.reservedWords.contains(word);
	}

	private static Set<String> load(String resource) {
		try (InputStream in = Identifiers.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			Set<String> words = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty())
				.forEach(words::add);
			return words;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The case a database stores unquoted identifiers in. {@code AS_WRITTEN}: as written,
	 * and compared ignoring case, quoted or not.
	 */
	public enum IdentifierCase {

		UPPER, LOWER, AS_WRITTEN;

		String apply(String text) {
			return switch (this) {
				case UPPER -> text.toUpperCase(Locale.ROOT);
				case LOWER -> text.toLowerCase(Locale.ROOT);
				case AS_WRITTEN -> text;
			};
		}

	}

}
