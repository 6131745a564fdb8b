package io.github.automigrate.testmodel.legacyrefs;

import java.util.List;

/**
 * A legacy schema's references: {@code referencedColumnName} in upper case (as a legacy
 * schema documents its columns), matched against the target's logical column names
 * ignoring case, to keys, to other columns, composite and in any order, in join columns,
 * primary key join columns, join tables and collection tables.
 */
public final class LegacyRefsModel {

	public static final List<Class<?>> CLASSES = List.of(Part.class, PartNote.class, Supplier.class, Warehouse.class,
			OrderLine.class, Account.class, SavingsAccount.class, LegacyDocument.class, DocumentStamp.class);

	private LegacyRefsModel() {
	}

}
