package io.github.automigrate.testmodel.iot;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The latest value of each key of an entity, with a version bumped on every write. */
@Entity
@Table(name = "ts_kv_latest")
@IdClass(TsKvLatestId.class)
public class TsKvLatest {

	@Id
	@Column(name = "entity_id")
	private UUID entityId;

	@Id
	@Column(name = "key_id")
	private int key;

	@Column(name = "tenant_id")
	private UUID tenantId;

	@Column(name = "ts")
	private long ts;

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

	@Version
	@Column(name = "version")
	private long version;

}
