package io.github.automigrate.testmodel.springdata;

import jakarta.persistence.Entity;

/** Shaped after the Spring Data examples' showcase customer. */
@Entity
public class Customer extends AbstractEntity {

	private String firstname;

	private String lastname;

}
