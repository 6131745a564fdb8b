package io.github.automigrate.dialect;

import java.util.List;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * The schema objects the dialect tests write as SQL: the same input for every dialect, so
 * that the tables of expected SQL can be read side by side.
 */
final class DialectCases {

	/**
	 * A table named by a reserved word, with an identity key and reserved column names.
	 */
	static final Table ORDER = new Table(table("order"),
			List.of(new Column(Identifier.of("id"), ColumnType.of(TypeKind.BIGINT), false, false, true, null,
					"Order.id", null, null), column("select", ColumnType.ofLength(TypeKind.VARCHAR, 255)),
					column("group", ColumnType.of(TypeKind.INTEGER)),
					new Column(Identifier.of("user"), ColumnType.ofLength(TypeKind.VARCHAR, 255), true, true, false,
							null, "Order.user", null, null),
					column("total", ColumnType.ofDecimal(12, 2))),
			List.of(Identifier.of("id")), "Order");

	/** A table whose name the application quoted itself, in mixed case. */
	static final Table QUOTED = new Table(table("\"LineItem\""), List.of(new Column(Identifier.of("\"Qty\""),
			ColumnType.of(TypeKind.INTEGER), false, false, false, 0, "Line.qty", null, null)), List.of(), "LineItem");

	static final Table CUSTOMERS = new Table(table("customers"), List.of(), List.of(), "Customer");

	static final Column LOYALTY_POINTS = new Column(Identifier.of("loyalty_points"), ColumnType.of(TypeKind.INTEGER),
			false, false, false, 0, "Customer.loyaltyPoints", null, null);

	static final Column VIP = new Column(Identifier.of("vip"), ColumnType.of(TypeKind.BOOLEAN), false, false, false,
			false, "Customer.vip", null, null);

	static final Column EMAIL = new Column(Identifier.of("email"), ColumnType.ofLength(TypeKind.VARCHAR, 80), true,
			true, false, null, "Customer.email", null, null);

	static final Column CREATED_AT = new Column(Identifier.of("created_at"), ColumnType.of(TypeKind.TIMESTAMP_TZ),
			false, false, false, null, "Customer.createdAt", null, null);

	/**
	 * A NOT NULL column with the mapping's SQL default ({@code @ColumnDefault}) and a
	 * comment.
	 */
	static final Column TIER = new Column(Identifier.of("tier"), ColumnType.ofLength(TypeKind.VARCHAR, 20), false,
			false, false, null, "Customer.tier", "'basic'", "Service level, 'basic' unless upgraded");

	static final Sequence CUSTOMER_IDS = new Sequence(table("customer_id_seq"), 100, 10);

	/** A sequence in a schema of its own (a database of its own on MySQL). */
	static final Sequence BILLING_IDS = new Sequence(
			new TableName(Identifier.of("billing"), Identifier.of("invoice_seq")), 1, 50);

	private DialectCases() {
	}

	static TableName table(String name) {
		return new TableName(null, Identifier.of(name));
	}

	private static Column column(String name, ColumnType type) {
		return new Column(Identifier.of(name), type, true, false, false, null, null, null, null);
	}

}
