package io.github.automigrate.testmodel.embeddedconverts;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An invoice that applies a converter to an attribute of the embeddables it embeds, by
 * {@code @Convert(attributeName = ...)}: the amount's column is the converter's text
 * column, not a binary one.
 */
@Entity
public class Invoice {

	@Id
	private Long id;

	@Embedded
	@Convert(attributeName = "amount", converter = MoneyConverter.class)
	private Price net;

	@Embedded
	@AttributeOverride(name = "amount", column = @Column(name = "gross_amount", length = 40))
	@AttributeOverride(name = "currency", column = @Column(name = "gross_currency"))
	@Convert(attributeName = "amount", converter = MoneyConverter.class)
	private Price gross;

}
