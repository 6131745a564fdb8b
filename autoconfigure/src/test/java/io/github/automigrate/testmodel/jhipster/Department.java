package io.github.automigrate.testmodel.jhipster;

import java.io.Serializable;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * Shaped after JHipster's HR sample (JDL): the owning side of a one-to-one through a
 * unique join column, and an enum stored by name.
 */
@Entity
@Table(name = "department")
public class Department implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The languages of the HR sample. */
	public enum Language {

		FRENCH, ENGLISH, SPANISH

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	@Column(name = "id")
	private Long id;

	@NotNull
	@Column(name = "department_name", nullable = false)
	private String departmentName;

	@Enumerated(EnumType.STRING)
	@Column(name = "language")
	private Language language;

	@Column(name = "start_date")
	private Instant startDate;

	@JsonIgnoreProperties(value = { "department" }, allowSetters = true)
	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(unique = true)
	private Location location;

}
