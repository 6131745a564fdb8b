package io.github.automigrate.testmodel.embeddedelements;

import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A ship whose former names are kept in a collection of {@code Callsign}, a class without
 * {@code @Embeddable}: {@code @Embedded} beside {@code @ElementCollection} makes
 * Hibernate map each element as an embeddable, so {@code vessel_former_names} holds its
 * two columns.
 */
@Entity
public class Vessel {

	@Id
	private Long id;

	private String flag;

	@ElementCollection
	@Embedded
	private Set<Callsign> formerNames;

}
