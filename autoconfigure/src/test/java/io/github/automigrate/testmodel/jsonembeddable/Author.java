package io.github.automigrate.testmodel.jsonembeddable;

/** A plain class, neither entity nor embeddable, that Hibernate serializes to JSON. */
public class Author {

	private String name;

	private String website;

}
