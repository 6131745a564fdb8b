package io.github.automigrate.testmodel.sequences;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A quoted mixed-case table with an implicit SEQUENCE sequence. */
@Entity
@Table(name = "`AuditEntry`")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private String message;

}
