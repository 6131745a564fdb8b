package io.github.automigrate.testmodel.locators;

import java.util.List;

/**
 * JDBC large-object locators (java.sql.Blob, Clob, NClob) as attribute types, which JPA
 * allows.
 */
public final class LocatorsModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Scan.class);

	private LocatorsModel() {
	}

}
