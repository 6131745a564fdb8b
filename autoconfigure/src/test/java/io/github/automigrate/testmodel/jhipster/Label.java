package io.github.automigrate.testmodel.jhipster;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Shaped after the JHipster sample application's label: the inverse side of a
 * many-to-many.
 */
@Entity
@Table(name = "label")
public class Label implements Serializable {

	private static final long serialVersionUID = 1L;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	@Column(name = "id")
	private Long id;

	@NotNull
	@Size(min = 3)
	@Column(name = "label", nullable = false)
	private String label;

	@ManyToMany(fetch = FetchType.LAZY, mappedBy = "labels")
	private Set<Operation> operations = new HashSet<>();

}
