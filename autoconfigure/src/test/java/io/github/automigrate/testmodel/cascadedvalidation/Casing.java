package io.github.automigrate.testmodel.cascadedvalidation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.Length;

/**
 * A radio's casing: validated through an embedding that may be absent, so its
 * {@code @NotNull} leaves the column nullable while its length applies.
 */
@Embeddable
public class Casing {

	@NotNull
	private String material;

	@Length(max = 10)
	private String finish;

}
