package io.github.automigrate.testmodel.embeddedconverts;

import jakarta.persistence.Embeddable;

/**
 * A price, whose amount gets its converter from the attribute that embeds it.
 */
@Embeddable
public class Price {

	private Money amount;

	private String currency;

}
