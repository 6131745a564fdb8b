package io.github.automigrate.testmodel.springdata;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;

/**
 * Shaped after Spring Data JPA's auditable user: its own auditor, through the generic
 * superclass.
 */
@Entity
public class AuditableUser extends AbstractAuditable<AuditableUser, Long> {

	private String firstname;

	@ManyToMany(cascade = CascadeType.ALL)
	private Set<Role> roles = new HashSet<>();

}
