package io.github.automigrate.testmodel.foreignkeynames;

import java.util.List;

/**
 * Foreign keys named, or asked not to exist, in each place JPA lets a mapping say so: a
 * join column, several join columns, a join table and its join columns, a collection
 * table and its join column, a map key join column, a joined subclass's primary key join
 * column, and Hibernate's {@code @NotFound}.
 */
public final class ForeignKeyNamesModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Desk.class, Bay.class, Ticket.class, Reply.class, Item.class,
			Gadget.class, Widget.class);

	private ForeignKeyNamesModel() {
	}

}
