package io.github.automigrate.apply;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

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

	private static final byte NEWLINE = '\n';

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
		for (String text : Arrays.asList(VERSION, dialect.name(), metadata.getDatabaseProductName(),
				metadata.getDatabaseProductVersion(), metadata.getDriverName(), metadata.getDriverVersion())) {
			update(digest, text);
		}
		describe(expected, new DigestText(digest));
		digest.update(NEWLINE);
		return new Fingerprint(HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * Everything of a schema that the comparison reads, as text (where it comes from and
	 * comments are left out), into the digest a table at a time: the whole text of a
	 * large schema is never held. Written by hand: the records' own {@code toString}
	 * takes ten times as long on a large schema.
	 */
	private static void describe(Schema schema, DigestText digest) {
		StringBuilder text = digest.text();
		for (Table table : schema.tables()) {
			digest.flush();
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
					.append(column.possible() ? "" : " not possible")
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
		digest.flush();
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
		return sha256(texts, "");
	}

	/**
	 * SHA-256 of some texts, each followed by a suffix and a line break, as if the suffix
	 * were part of each text.
	 * @param texts the texts
	 * @param suffix what follows each text before its line break
	 * @return the digest, in hex
	 */
	static String sha256(Stream<String> texts, String suffix) {
		MessageDigest digest = sha256();
		byte[] after = (suffix + "\n").getBytes(StandardCharsets.UTF_8);
		texts.forEach((text) -> {
			digest.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
			digest.update(after);
		});
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

	/** A text and a line break, as {@code (text + "\n")} in UTF-8 without that copy. */
	private static void update(MessageDigest digest, @Nullable String text) {
		digest.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
		digest.update(NEWLINE);
	}

	/**
	 * Text written into a digest as UTF-8 through one small buffer, so that a large text
	 * is digested as it is written rather than held whole.
	 */
	private static final class DigestText {

		private final MessageDigest digest;

		private final StringBuilder text = new StringBuilder(1024);

		/** As {@link String#getBytes} encodes: a lone surrogate is a {@code ?}. */
		private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);

		private final ByteBuffer bytes = ByteBuffer.allocate(4096);

		DigestText(MessageDigest digest) {
			this.digest = digest;
		}

		StringBuilder text() {
			return this.text;
		}

		/** Digests what was written since the last flush. */
		void flush() {
			CharBuffer chars = CharBuffer.wrap(this.text);
			this.encoder.reset();
			CoderResult result;
			do {
				result = this.encoder.encode(chars, this.bytes, true);
				drain();
			}
			while (result.isOverflow());
			while (this.encoder.flush(this.bytes).isOverflow()) {
				drain();
			}
			drain();
			this.text.setLength(0);
		}

		private void drain() {
			this.bytes.flip();
			this.digest.update(this.bytes);
			this.bytes.clear();
		}

	}

}
