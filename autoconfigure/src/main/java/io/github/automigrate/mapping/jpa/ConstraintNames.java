package io.github.automigrate.mapping.jpa;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

/**
 * The names Hibernate's JPA-compliant implicit naming gives unnamed constraints, so that
 * a constraint Hibernate made (or AutoMigrate made on an earlier start) is recognised by
 * name. A name is a prefix ({@code UK}, {@code IDX}, {@code FK}) and the MD5 hash, in
 * base 35, of a text naming the table, the referenced table for a foreign key, and the
 * columns in alphabetical order of their canonical (lower case unless quoted) names.
 * Physical names are hashed, without schema; a quoted name is written within backticks.
 */
public final class ConstraintNames {

	private static final MessageDigest MD5 = lookUpMd5();

	private ConstraintNames() {
	}

	private static MessageDigest lookUpMd5() {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is not available", ex);
		}
	}

	/**
	 * The implicit name of a unique constraint.
	 * @param table the table
	 * @param columns its columns
	 * @return the name
	 */
	public static Identifier uniqueKey(TableName table, List<Identifier> columns) {
		return new Identifier("UK" + hash("table`" + render(table.name()) + "`" + columnsText(columns)), false);
	}

	/**
	 * The implicit name of an index.
	 * @param table the table
	 * @param columns its columns
	 * @return the name
	 */
	public static Identifier index(TableName table, List<Identifier> columns) {
		return new Identifier("IDX" + hash("table`" + render(table.name()) + "`" + columnsText(columns)), false);
	}

	/**
	 * The implicit name of a foreign key.
	 * @param table the referencing table
	 * @param referencedTable the referenced table
	 * @param columns the referencing columns
	 * @return the name
	 */
	public static Identifier foreignKey(TableName table, TableName referencedTable, List<Identifier> columns) {
		return new Identifier("FK" + hash("table`" + render(table.name()) + "`references`"
				+ render(referencedTable.name()) + "`" + columnsText(columns)), false);
	}

	private static String columnsText(List<Identifier> columns) {
		StringBuilder text = new StringBuilder();
		columns.stream()
			.sorted(Comparator.comparing(ConstraintNames::canonical))
			.forEach((column) -> text.append("column`").append(render(column)).append('`'));
		return text.toString();
	}

	private static String canonical(Identifier identifier) {
		return identifier.quoted() ? identifier.text() : identifier.text().toLowerCase(Locale.ENGLISH);
	}

	private static String render(Identifier identifier) {
		return identifier.quoted() ? "`" + identifier.text() + "`" : identifier.text();
	}

	static String hash(String text) {
		byte[] digest = md5().digest(text.getBytes(StandardCharsets.UTF_8));
		return new BigInteger(1, digest).toString(35);
	}

	/**
	 * A fresh MD5 digest: a clone of one looked up once, which is cheaper than looking up
	 * the provider each time.
	 */
	private static MessageDigest md5() {
		try {
			return (MessageDigest) MD5.clone();
		}
		catch (CloneNotSupportedException ex) {
			return lookUpMd5();
		}
	}

}
