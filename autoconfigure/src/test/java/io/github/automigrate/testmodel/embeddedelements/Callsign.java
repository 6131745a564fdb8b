package io.github.automigrate.testmodel.embeddedelements;

import jakarta.persistence.Column;

/** A name and its radio sign; no {@code @Embeddable}, embedded only where it is used. */
public class Callsign {

	@Column(name = "sign_letters", length = 12)
	private String letters;

	private String spokenAs;

}
