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

/** Who did what to which entity, and whether it worked. */
@Entity
@Table(name = "audit_log", indexes = @Index(name = "idx_audit_log_tenant_id_and_created_time",
		columnList = "tenant_id, created_time DESC"))
public class AuditLog extends TenantScopedEntity<AuditLog> {

	/** What was done. */
	public enum ActionType {

		ADDED, DELETED, UPDATED, ATTRIBUTES_UPDATED, LOGIN, LOGOUT

	}

	/** Whether it worked. */
	public enum ActionStatus {

		SUCCESS, FAILURE

	}

	@Column(name = "customer_id")
	private UUID customerId;

	@Enumerated(EnumType.STRING)
	@Column(name = "entity_type")
	private EntityType entityType;

	@Column(name = "entity_id")
	private UUID entityId;

	@Column(name = "entity_name")
	private String entityName;

	@Column(name = "user_id")
	private UUID userId;

	@Column(name = "user_name")
	private String userName;

	@Enumerated(EnumType.STRING)
	@Column(name = "action_type")
	private ActionType actionType;

	@Convert(converter = JsonConverter.class)
	@Column(name = "action_data", length = 10000000)
	private JsonNode actionData;

	@Enumerated(EnumType.STRING)
	@Column(name = "action_status")
	private ActionStatus actionStatus;

	@Column(name = "action_failure_details", length = 1000000)
	private String actionFailureDetails;

}
