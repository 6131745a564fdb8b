package io.github.automigrate.testmodel.autoappliedkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A ticket whose {@code Integer} identifier and version stay integers although an
 * auto-applied converter turns every other {@code Integer} ({@code seats}) into text.
 */
@Entity
public class Ticket {

	@Id
	private Integer id;

	@Version
	private Integer revision;

	private Integer seats;

}
