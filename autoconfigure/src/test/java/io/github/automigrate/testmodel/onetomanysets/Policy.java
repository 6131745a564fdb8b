package io.github.automigrate.testmodel.onetomanysets;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;

/**
 * Unidirectional one-to-many sets, over a named {@code @JoinTable} (to its own entity)
 * and over the default join table, which Hibernate 7.4 keys by the element alone; and a
 * list, whose element is unique instead.
 */
@Entity
public class Policy {

	@Id
	@Column(length = 36)
	private String id;

	@OneToMany
	@JoinTable(name = "ASSOCIATED_POLICY", joinColumns = @JoinColumn(name = "POLICY_ID"),
			inverseJoinColumns = @JoinColumn(name = "ASSOCIATED_POLICY_ID"))
	private Set<Policy> associatedPolicies = new HashSet<>();

	@OneToMany
	private Set<Scope> scopes = new HashSet<>();

	@OneToMany
	private List<Scope> history;

}
