package io.github.automigrate.testmodel.eventstore;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A saga instance, serialized whole. */
@Entity
@Table(name = "SagaEntry")
public class StoredSaga {

	@Id
	private String sagaId;

	@Basic
	private String sagaType;

	@Basic
	private String revision;

	@Lob
	@Column(length = 10000)
	private byte[] serializedSaga;

	protected StoredSaga() {
	}

}
