package io.github.automigrate.testmodel.iot;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import tools.jackson.databind.JsonNode;

/**
 * A device, found by tenant and name or by tenant and customer; related entities by id
 * only.
 */
@Entity
@Table(name = "device",
		indexes = { @Index(name = "idx_device_customer_id", columnList = "tenant_id, customer_id"),
				@Index(name = "idx_device_device_profile_id", columnList = "tenant_id,device_profile_id"),
				@Index(name = "idx_device_type", columnList = "tenant_id, type, created_time") },
		uniqueConstraints = @UniqueConstraint(name = "device_name_unq_key", columnNames = { "tenant_id", "name" }))
public class Device extends TenantScopedEntity<Device> {

	@Column(name = "customer_id")
	private UUID customerId;

	@Column(name = "device_profile_id", nullable = false)
	private UUID deviceProfileId;

	@Column(name = "name")
	private String name;

	@Column(name = "type")
	private String type;

	@Column(name = "label")
	private String label;

	@Convert(converter = JsonConverter.class)
	@Column(name = "additional_info", length = 10000000)
	private JsonNode additionalInfo;

	@Convert(converter = JsonConverter.class)
	@Column(name = "device_data", length = 10000000)
	private JsonNode deviceData;

	@Column(name = "external_id")
	private UUID externalId;

	@jakarta.persistence.Version
	@Column(name = "version")
	private Long version;

}
