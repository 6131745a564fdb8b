package io.github.automigrate.testmodel.audited;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;

/**
 * An audited entity whose audit table is named by {@code @AuditTable}, with an audited
 * many-to-many.
 */
@Entity
@Audited
@AuditTable("team_history")
public class Team extends Tracked {

	@Id
	@GeneratedValue
	public Long id;

	public String title;

	@ManyToMany
	public Set<Person> mentors = new HashSet<>();

}
