package io.github.automigrate.testmodel.iot;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import tools.jackson.databind.JsonNode;

/**
 * How a class of devices connects and what its data looks like; one default per tenant.
 */
@Entity
@Table(name = "device_profile", uniqueConstraints = @UniqueConstraint(name = "device_profile_name_unq_key",
		columnNames = { "tenant_id", "name" }))
public class DeviceProfile extends TenantScopedEntity<String> {

	/** How devices of a profile talk to the platform. */
	public enum TransportType {

		DEFAULT, MQTT, COAP, LWM2M, SNMP

	}

	/** What kind of profile data a profile has. */
	public enum ProfileType {

		DEFAULT

	}

	@Column(name = "name")
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "type")
	private ProfileType type;

	@Enumerated(EnumType.STRING)
	@Column(name = "transport_type")
	private TransportType transportType;

	@Column(name = "is_default")
	private boolean isDefault;

	@Column(name = "description")
	private String description;

	@Column(name = "default_rule_chain_id")
	private UUID defaultRuleChainId;

	@Column(name = "provision_device_key", unique = true)
	private String provisionDeviceKey;

	@Convert(converter = JsonConverter.class)
	@Column(name = "profile_data", length = 10000000)
	private JsonNode profileData;

	@Column(name = "version")
	private Long version;

}
