package io.github.automigrate.testmodel.overriddenjointable;

import java.util.Set;

import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;

/**
 * Titles kept on shelves, mapped by each entity that extends it.
 */
@MappedSuperclass
public abstract class Shelved {

	@ManyToMany
	private Set<Title> shelved;

}
