package io.github.automigrate.testmodel.compositerefs;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

/**
 * A ship's visit: references to both keys, with implicit join columns and with join
 * columns in either order.
 */
@Entity
public class Visit {

	@Id
	private Long id;

	@ManyToOne
	private Zone zone;

	@ManyToOne
	@JoinColumns({ @JoinColumn(name = "next_code", referencedColumnName = "code"),
			@JoinColumn(name = "next_country", referencedColumnName = "country") })
	private Zone nextZone;

	@ManyToOne
	private Berth berth;

	@ManyToOne
	@JoinColumns({ @JoinColumn(name = "spare_slot", referencedColumnName = "slot"),
			@JoinColumn(name = "spare_harbour", referencedColumnName = "harbour") })
	private Berth spareBerth;

	@ManyToMany
	private Set<Zone> transits = new HashSet<>();

}
