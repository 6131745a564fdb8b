package io.github.automigrate.testmodel.springdata;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A role with an {@code Integer} AUTO identifier. */
@Entity
public class Role {

	@Id
	@GeneratedValue
	private Integer id;

	private String name;

}
