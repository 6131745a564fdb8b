package io.github.automigrate.testmodel.jhipster;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * Shaped after the JHipster sample application's operation: a column named {@code date},
 * and a many-to-many through JHipster's {@code rel_<entity>__<relation>} join table.
 */
@Entity
@Table(name = "operation")
public class Operation implements Serializable {

	private static final long serialVersionUID = 1L;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	@Column(name = "id")
	private Long id;

	@NotNull
	@Column(name = "date", nullable = false)
	private Instant date;

	@Column(name = "description")
	private String description;

	@NotNull
	@Column(name = "amount", precision = 21, scale = 2, nullable = false)
	private BigDecimal amount;

	@ManyToOne(fetch = FetchType.LAZY)
	private BankAccount bankAccount;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "rel_operation__label", joinColumns = @JoinColumn(name = "operation_id"),
			inverseJoinColumns = @JoinColumn(name = "label_id"))
	private Set<Label> labels = new HashSet<>();

}
