package io.github.automigrate.testmodel.eventstore;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * An event a processing group could not handle, queued by sequence, with the cause and
 * diagnostics.
 */
@Entity
@Table(name = "DeadLetterEntry",
		indexes = { @Index(columnList = "processingGroup"), @Index(columnList = "processingGroup,sequenceIdentifier"),
				@Index(columnList = "processingGroup,sequenceIdentifier,sequenceIndex", unique = true) })
public class DeadLetter {

	@Id
	private String deadLetterId;

	@Basic(optional = false)
	private String processingGroup;

	@Basic(optional = false)
	private String sequenceIdentifier;

	@Basic(optional = false)
	private long sequenceIndex;

	@Embedded
	private DeadLetterMessage message;

	@Basic(optional = false)
	private Instant enqueuedAt;

	private Instant lastTouched;

	private Instant processingStarted;

	private String causeType;

	@Column(length = 1023)
	private String causeMessage;

	@Lob
	private byte[] diagnostics;

	protected DeadLetter() {
	}

}
