package io.github.automigrate.testmodel.iot;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * The latest value of an entity's attribute in a scope, keyed by entity, scope (by name)
 * and name.
 */
@Entity
@Table(name = "attribute_kv",
		indexes = @Index(name = "idx_attribute_kv_by_key_and_last_update_ts",
				columnList = "entity_id, attribute_key, last_update_ts desc"))
@IdClass(AttributeKvId.class)
public class AttributeKv {

	/** Where an attribute lives. */
	public enum Scope {

		CLIENT_SCOPE, SERVER_SCOPE, SHARED_SCOPE

	}

	@Id
	@Column(name = "entity_id")
	private UUID entityId;

	@Id
	@Enumerated(EnumType.STRING)
	@Column(name = "attribute_type")
	private Scope attributeType;

	@Id
	@Column(name = "attribute_key")
	private String attributeKey;

	@Column(name = "tenant_id")
	private UUID tenantId;

	@Column(name = "bool_v")
	private Boolean booleanValue;

	@Column(name = "str_v", length = 10000000)
	private String strValue;

	@Column(name = "long_v")
	private Long longValue;

	@Column(name = "dbl_v")
	private Double doubleValue;

	@Column(name = "json_v", length = 10000000)
	private String jsonValue;

	@Column(name = "last_update_ts")
	private long lastUpdateTs;

}
