package io.github.automigrate.apply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;

/**
 * What a start's comparison depends on, as one digest: the expected schema, the
 * database's catalog fingerprint, and whatever reads or compares them (the database, its
 * driver, this library's version). A start that found nothing to do records it; a later
 * start with the same digest would find nothing to do either, and skips the comparison.
 */
final class Fingerprint {

	private static final String VERSION = Objects
		.requireNonNullElse(Fingerprint.class.getPackage().getImplementationVersion(), "development");

	private final String expected;

	private Fingerprint(String expected) {
		this.expected = expected;
	}

	/**
	 * The expected side of the digest.
	 * @param expected the expected schema, in the database's terms
	 * @param dialect the dialect
	 * @param metadata the connection's metadata
	 * @return the fingerprint, to complete with the catalog's
	 * @throws SQLException if the metadata cannot be read
	 */
	static Fingerprint of(Schema expected, Dialect dialect, DatabaseMetaData metadata) throws SQLException {
		MessageDigest digest = sha256();
		Stream
			.of(VERSION, dialect.name(), metadata.getDatabaseProductName(), metadata.getDatabaseProductVersion(),
					metadata.getDriverName(), metadata.getDriverVersion())
			.forEach((text) -> update(digest, text + "\n"));
		describe(expected, digest);
		update(digest, "\n");
		return new Fingerprint(HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * Everything of a schema that the comparison reads, as text (where it comes from and
	 * comments are left out), into the digest a table at a time: the same bytes as one
	 * text of the whole schema, without that text (about 1 MB at 1,000 tables, which was
	 * copied three times). Written by hand: the records' own {@code toString} takes ten
	 * times as long on a large schema.
	 */
	private static void describe(Schema schema, MessageDigest digest) {
		StringBuilder text = new StringBuilder(4096);
		for (Table table : schema.tables()) {
			update(digest, text);
			text.setLength(0);
			text.append("table ").append(table.name()).append(' ').append(table.primaryKey()).append('\n');
			for (Column column : table.columns()) {
				text.append(column.name())
					.append(column.name().quoted() ? "\" " : " ")
					.append(column.type())
					.append(' ')
					.append(column.nullable())
					.append(' ')
					.append(column.unique())
					.append(' ')
					.append(column.identity())
					.append(' ')
					.append(column.fallbackDefault())
					.append(' ')
					.append(column.defaultExpression())
					.append('\n');
			}
			for (Index index : table.indexes()) {
				text.append("index ").append(index.name()).append(index.columns()).append(index.unique()).append('\n');
			}
			for (ForeignKey key : table.foreignKeys()) {
				text.append("fk ")
					.append(key.name())
					.append(key.columns())
					.append(key.referencedTable())
					.append(key.referencedColumns())
					.append('\n');
			}
		}
		for (Sequence sequence : schema.sequences()) {
			text.append("sequence ")
				.append(sequence.name())
				.append(' ')
				.append(sequence.start())
				.append(' ')
				.append(sequence.increment())
				.append('\n');
		}
		update(digest, text);
	}

	private static void update(MessageDigest digest, CharSequence text) {
		digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The digest with the catalog's fingerprint.
	 * @param catalog the database's catalog fingerprint
	 * @return the digest, in hex
	 */
	String with(String catalog) {
		return sha256(Stream.of(this.expected, catalog));
	}

	/**
	 * SHA-256 of some texts, each followed by a line break.
	 * @param texts the texts
	 * @return the digest, in hex
	 */
	static String sha256(Stream<String> texts) {
		MessageDigest digest = sha256();
		texts.forEach((text) -> digest.update((text + "\n").getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
