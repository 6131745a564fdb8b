package io.github.automigrate.testmodel.types;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A note on a specimen, versioned by an {@link Instant}. */
@Entity
public class SpecimenNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Instant version;

	@ManyToOne(optional = false)
	@JoinColumn(name = "specimen")
	private Specimen specimen;

	private String text;

}
