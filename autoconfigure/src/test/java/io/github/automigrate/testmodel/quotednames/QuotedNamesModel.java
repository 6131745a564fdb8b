package io.github.automigrate.testmodel.quotednames;

import java.util.List;

/**
 * Tables and columns named in quotes (backticks), in mixed and upper case, joined by
 * foreign keys, join tables and collection tables whose implicit names Hibernate derives
 * from the quoted names.
 */
public final class QuotedNamesModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Archive.class, Folio.class, Scribe.class);

	private QuotedNamesModel() {
	}

}
