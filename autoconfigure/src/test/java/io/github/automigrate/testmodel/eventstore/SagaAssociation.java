package io.github.automigrate.testmodel.eventstore;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A key and value by which events find a saga; indexes spelled with spaces after the
 * commas.
 */
@Entity
@Table(name = "AssociationValueEntry",
		indexes = { @Index(columnList = "sagaType, associationKey, associationValue"),
				@Index(columnList = "sagaId, sagaType") },
		uniqueConstraints = @UniqueConstraint(columnNames = { "sagaId", "associationKey", "associationValue" }))
public class SagaAssociation {

	@Id
	@GeneratedValue
	private Long id;

	@Basic(optional = false)
	private String sagaId;

	@Basic(optional = false)
	private String associationKey;

	@Basic
	private String associationValue;

	@Basic(optional = false)
	private String sagaType;

	protected SagaAssociation() {
	}

}
