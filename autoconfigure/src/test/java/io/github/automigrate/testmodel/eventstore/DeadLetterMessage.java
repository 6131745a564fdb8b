package io.github.automigrate.testmodel.eventstore;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/**
 * The event a dead letter holds, embedded: its type, id, time and serialized payload and
 * metadata.
 */
@Embeddable
public class DeadLetterMessage {

	@Basic(optional = false)
	private String messageType;

	@Basic(optional = false)
	private String eventIdentifier;

	@Basic(optional = false)
	private String timeStamp;

	@Basic(optional = false)
	private String payloadType;

	@Basic
	private String payloadRevision;

	@Basic(optional = false)
	@Lob
	@Column(length = 10000)
	private byte[] payload;

	@Basic
	@Lob
	@Column(length = 10000)
	private byte[] metaData;

	protected DeadLetterMessage() {
	}

}
