package io.github.automigrate.model;

/**
 * An expected schema AutoMigrate cannot build: a name too long for the database, one name
 * for two objects, a class it cannot map. The message names where the object comes from,
 * the problem, and what to do.
 */
public class ExpectedSchemaException extends RuntimeException {

	private final String origin;

	private final String problem;

	private final String action;

	/**
	 * Creates an exception.
	 * @param origin the class, or {@code Class.field}, or table, concerned
	 * @param problem what is wrong
	 * @param action what the user can do about it
	 */
	public ExpectedSchemaException(String origin, String problem, String action) {
		super(origin + ": " + problem + " " + action);
		this.origin = origin;
		this.problem = problem;
		this.action = action;
	}

	/** The class, or {@code Class.field}, or table, concerned. */
	public String getOrigin() {
		return this.origin;
	}

	/** What is wrong. */
	public String getProblem() {
		return this.problem;
	}

	/** What the user can do about it. */
	public String getAction() {
		return this.action;
	}

}
