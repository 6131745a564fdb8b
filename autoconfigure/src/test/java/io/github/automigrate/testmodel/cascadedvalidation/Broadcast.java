package io.github.automigrate.testmodel.cascadedvalidation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A broadcast referring to its station by key and to a relay station by its unique
 * frequency code: both join columns have the type the station's columns had before Bean
 * Validation shaped them.
 */
@Entity
public class Broadcast {

	@Id
	private Long id;

	@ManyToOne
	private Station station;

	@ManyToOne
	@JoinColumn(name = "relay_code", referencedColumnName = "frequencyCode")
	private Station relay;

}
