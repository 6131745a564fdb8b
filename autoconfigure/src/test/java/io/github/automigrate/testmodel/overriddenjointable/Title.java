package io.github.automigrate.testmodel.overriddenjointable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A title that reading lists and shelves collect.
 */
@Entity
public class Title {

	@Id
	private Long id;

	private String name;

}
