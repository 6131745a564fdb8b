package io.github.automigrate.testmodel.unioncollections;

import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToMany;

/**
 * The root of a table-per-class hierarchy declaring collections: Hibernate binds each
 * once, for this class, so its subclass gets no join or collection table of its own for
 * them.
 */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Member {

	@Id
	private Long id;

	@ManyToMany
	private Set<Member> mentors;

	@ElementCollection
	private Set<String> nicknames;

}
