package io.github.automigrate.testmodel.iot;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import tools.jackson.databind.JsonNode;

/**
 * An alarm raised about any entity, with timestamps as epoch milliseconds and severity by
 * name.
 */
@Entity
@Table(name = "alarm",
		indexes = { @Index(name = "idx_alarm_originator_created_time", columnList = "originator_id, created_time DESC"),
				@Index(name = "idx_alarm_tenant_created_time", columnList = "tenant_id, created_time DESC") })
public class Alarm extends TenantScopedEntity<Alarm> {

	/** How bad an alarm is. */
	public enum Severity {

		CRITICAL, MAJOR, MINOR, WARNING, INDETERMINATE

	}

	@Column(name = "originator_id")
	private UUID originatorId;

	@Enumerated(EnumType.STRING)
	@Column(name = "originator_type")
	private EntityType originatorType;

	@Column(name = "type")
	private String type;

	@Enumerated(EnumType.STRING)
	@Column(name = "severity")
	private Severity severity;

	@Column(name = "acknowledged")
	private boolean acknowledged;

	@Column(name = "cleared")
	private boolean cleared;

	@Column(name = "assignee_id")
	private UUID assigneeId;

	@Column(name = "start_ts")
	private long startTs;

	@Column(name = "end_ts")
	private long endTs;

	@Column(name = "ack_ts")
	private long ackTs;

	@Column(name = "clear_ts")
	private long clearTs;

	@Convert(converter = JsonConverter.class)
	@Column(name = "additional_info", length = 10000000)
	private JsonNode details;

	@Column(name = "propagate")
	private boolean propagate;

	@Column(name = "propagate_relation_types")
	private String propagateRelationTypes;

}
