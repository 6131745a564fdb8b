package io.github.automigrate.testmodel.compositeonetoone;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/**
 * A ferry with its own berth: a one-to-one to a two-part key, so two join columns
 * ({@code home_berth_quay}, {@code home_berth_number}) that Hibernate makes unique
 * together, as it makes a single join column of a one-to-one unique.
 */
@Entity
public class Ferry {

	@Id
	private Long id;

	private String name;

	@OneToOne
	private Berth homeBerth;

}
