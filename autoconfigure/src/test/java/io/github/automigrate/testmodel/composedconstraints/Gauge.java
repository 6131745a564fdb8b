package io.github.automigrate.testmodel.composedconstraints;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A gauge mapped by its fields, some of whose constraints sit on getters (Bean Validation
 * reads both sides, and Hibernate applies them to DDL), some composed with OR or AND, and
 * one on a many-to-one (its join column NOT NULL).
 */
@Entity
public class Gauge {

	@Id
	private Long id;

	private String label;

	private String unit;

	@AbsentOrNotBlank
	private String note;

	@PresentOrNotBlank
	private String serial;

	@AbsentAndNotBlank
	private String placeholder;

	@NotNull
	@ManyToOne
	private Edition manual;

	@NotNull
	public String getLabel() {
		return this.label;
	}

	@Size(max = 12)
	public String getUnit() {
		return this.unit;
	}

}
