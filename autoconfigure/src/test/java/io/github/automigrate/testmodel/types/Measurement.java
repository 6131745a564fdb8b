package io.github.automigrate.testmodel.types;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A value with its unit, embedded and collected. */
@Embeddable
public class Measurement {

	@Column(precision = 12, scale = 4)
	private BigDecimal quantity;

	@Column(length = 16)
	private String unit;

}
