package io.github.automigrate.dialect;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.SqlText;
import io.github.automigrate.model.TableName;

/**
 * SQLite 3, with the type names Hibernate's community {@code SQLiteDialect} uses
 * ({@link SqliteTypeNames}). SQLite has no sequences (Hibernate falls back to a one-row
 * table), adds a NOT NULL column only with a default, and has no ALTER TABLE ... ADD
 * CONSTRAINT (a unique index makes a unique constraint; a foreign key is declared only in
 * CREATE TABLE, where it may refer to a table created later). Its catalog is read through
 * table-valued pragma functions, by {@code introspect}'s {@code SqliteCatalog}.
 */
public class SqliteDialect extends AbstractDialect {

	private static final Set<String> KEYWORDS = Set.of("abort", "autoincrement", "glob", "index", "indexed", "isnull",
			"limit", "notnull", "offset", "pragma", "raise", "regexp", "vacuum");

	public SqliteDialect(String databaseKeywords) {
		super(new Identifiers("\"", "\"", Identifiers.IdentifierCase.AS_WRITTEN,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS)), new SqliteTypeNames());
	}

	@Override
	public String name() {
		return "SQLite";
	}

	/** SQLite also reads backticks and square brackets as identifier quotes. */
	@Override
	public SqlText.Syntax sqlSyntax() {
		return new SqlText.Syntax("'", "\"`[", false, false, false);
	}

	@Override
	protected String identityColumnType(Column column) {
		// Only "integer primary key" makes SQLite generate the value (the column becomes
		// the rowid).
		return "integer primary key autoincrement";
	}

	@Override
	protected boolean identityDeclaresPrimaryKey() {
		return true;
	}

	@Override
	protected String literal(Object value) {
		return (value instanceof Boolean bool) ? (bool ? "1" : "0") : value.toString();
	}

	/**
	 * A unique constraint declared in CREATE TABLE gets a generated name here: a named
	 * unique index keeps its name.
	 */
	@Override
	protected boolean uniqueConstraintsInCreateTable() {
		return false;
	}

	/** SQLite's ALTER TABLE takes one addition. */
	@Override
	protected @Nullable String addsInOneStatement(TableName table, List<String> additions) {
		return null;
	}

	@Override
	public List<String> createIndex(TableName table, Index index) {
		return List.of("create " + (index.unique() ? "unique " : "") + "index " + quote(index.name()) + " on "
				+ quote(table) + " " + columnList(index.columns()));
	}

	@Override
	public List<String> addForeignKey(TableName table, ForeignKey foreignKey) {
		throw new UnsupportedOperationException(foreignKeyAdditionUnsupported().orElseThrow());
	}

	@Override
	public List<String> createSequence(Sequence sequence) {
		return List.of("create table " + quote(sequence.name()) + " (next_val bigint)",
				"insert into " + quote(sequence.name()) + " values (" + sequence.start() + ")");
	}

	@Override
	public boolean transactionalDdl() {
		return true;
	}

	@Override
	public boolean requiresDefaultForNotNullColumn() {
		return true;
	}

	@Override
	public Optional<String> foreignKeyAdditionUnsupported() {
		return Optional
			.of("SQLite cannot add a foreign key to an existing table (its ALTER TABLE has no ADD CONSTRAINT); "
					+ "the table would have to be rebuilt, which AutoMigrate never does. Rebuild it yourself if you need the "
					+ "constraint enforced");
	}

	@Override
	public boolean foreignKeysInCreateTable() {
		return true;
	}

	@Override
	public boolean hasSequences() {
		return false;
	}

	@Override
	public SchemaLock schemaLock() {
		return Locks.sqliteWriteTransaction();
	}

}
