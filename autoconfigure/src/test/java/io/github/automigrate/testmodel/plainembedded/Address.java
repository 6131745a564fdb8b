package io.github.automigrate.testmodel.plainembedded;

/** Not @Embeddable: embedded by @Embedded alone, as Hibernate accepts it. */
public class Address {

	private String street;

	private String city;

}
