package io.github.automigrate.mapping.jpa;

import java.util.List;

import org.hibernate.boot.model.naming.NamingHelper;
import org.junit.jupiter.api.Test;

import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Implicit constraint names against Hibernate's own {@code NamingHelper} (on the test
 * classpath); the integration tests compare them with what Hibernate's {@code create}
 * puts in the database.
 */
class ConstraintNamesTests {

	private static final TableName PRODUCT = new TableName(null, new Identifier("product", false));

	private static final TableName LINE = new TableName(null, new Identifier("order_line", false));

	@Test
	void uniqueKeyAndIndexNamesHashTheTableAndTheSortedColumns() {
		List<Identifier> columns = List.of(new Identifier("short_value", false), new Identifier("byte_value", false));
		assertThat(ConstraintNames.uniqueKey(PRODUCT, columns).text())
			.isEqualTo(NamingHelper.INSTANCE.generateHashedConstraintName("UK", hibernate("product"),
					hibernate("short_value"), hibernate("byte_value")));
		assertThat(ConstraintNames.index(PRODUCT, columns).text())
			.isEqualTo(NamingHelper.INSTANCE.generateHashedConstraintName("IDX", hibernate("product"),
					hibernate("byte_value"), hibernate("short_value")));
	}

	@Test
	void foreignKeyNamesHashTheReferencedTableToo() {
		assertThat(ConstraintNames.foreignKey(LINE, PRODUCT, List.of(new Identifier("product_id", false))).text())
			.isEqualTo(NamingHelper.INSTANCE.generateHashedFkName("FK", hibernate("order_line"), hibernate("product"),
					hibernate("product_id")));
	}

	@Test
	void quotedNamesAreHashedWithBackticks() {
		TableName quoted = new TableName(null, new Identifier("Order", true));
		assertThat(ConstraintNames.uniqueKey(quoted, List.of(new Identifier("Ref", true))).text())
			.isEqualTo(NamingHelper.INSTANCE.generateHashedConstraintName("UK",
					org.hibernate.boot.model.naming.Identifier.toIdentifier("Order", true),
					org.hibernate.boot.model.naming.Identifier.toIdentifier("Ref", true)));
	}

	private static org.hibernate.boot.model.naming.Identifier hibernate(String name) {
		return org.hibernate.boot.model.naming.Identifier.toIdentifier(name);
	}

}
