package io.github.automigrate.mapping;

import io.github.automigrate.model.ExpectedSchemaException;

/**
 * A class AutoMigrate cannot map, or two schema sources that map one table differently.
 * The message names the class and field (or both sources), and what to do.
 */
public class MappingException extends ExpectedSchemaException {

	/**
	 * Creates an exception.
	 * @param origin the class or {@code Class.field} concerned
	 * @param problem what is wrong
	 * @param action what the user can do about it
	 */
	public MappingException(String origin, String problem, String action) {
		super(origin, problem, action);
	}

}
