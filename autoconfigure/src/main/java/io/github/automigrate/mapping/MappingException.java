package io.github.automigrate.mapping;

/**
 * An entity AutoMigrate cannot map. The message names the entity class and field, and what to do.
 */
public class MappingException extends RuntimeException {

	private final String origin;

	private final String problem;

	private final String action;

	/**
	 * Creates an exception.
	 * @param origin the class or {@code Class.field} concerned
	 * @param problem what is wrong
	 * @param action what the user can do about it
	 */
	public MappingException(String origin, String problem, String action) {
		super(origin + ": " + problem + " " + action);
		this.origin = origin;
		this.problem = problem;
		this.action = action;
	}

	/** The entity class, or {@code Class.field}, concerned. */
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
