package io.github.automigrate.testmodel.cascadedvalidation;

import java.math.BigDecimal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Length;

/**
 * A radio whose constraints Hibernate applies to DDL beyond {@code @NotNull} and
 * {@code @Size}: Hibernate Validator's {@code @Length} sets a string's length,
 * {@code @Digits} a decimal's precision and scale, and the constraints of an embeddable
 * count when its embedding cascades validation with {@code @Valid} (NOT NULL only when
 * the embedding is NOT NULL too).
 */
@Entity
public class Radio {

	@Id
	private Long id;

	@Length(max = 24)
	private String model;

	@Digits(integer = 6, fraction = 3)
	private BigDecimal wattage;

	@NotNull
	@Valid
	@Embedded
	private Dial dial;

	@Valid
	@Embedded
	private Casing casing;

	@Embedded
	private Antenna antenna;

}
