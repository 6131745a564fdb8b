package io.github.automigrate.testmodel.compositeonetoone;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A berth, known by its quay and its number: an {@code @IdClass} of two parts. */
@Entity
@IdClass(BerthId.class)
public class Berth {

	@Id
	private Integer quay;

	@Id
	private Integer number;

	private Integer depthInMetres;

}
