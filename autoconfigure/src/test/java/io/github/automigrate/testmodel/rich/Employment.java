package io.github.automigrate.testmodel.rich;

import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** An embedded id, part of which is an association (@MapsId). */
@Entity
public class Employment {

	@EmbeddedId
	private EmploymentId id;

	@MapsId("personId")
	@ManyToOne
	private Person person;

	@Basic(optional = false)
	private LocalDate since;

}
