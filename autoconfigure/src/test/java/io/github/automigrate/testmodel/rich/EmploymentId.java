package io.github.automigrate.testmodel.rich;

import java.io.Serializable;

import jakarta.persistence.Embeddable;

@Embeddable
public class EmploymentId implements Serializable {

	private Long personId;

	private int seniority;

}
