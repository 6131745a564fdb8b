package io.github.automigrate.testmodel.iot;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One time-series value; one of the typed value columns is set. */
@Entity
@Table(name = "ts_kv")
@IdClass(TsKvId.class)
public class TsKv {

	@Id
	@Column(name = "entity_id")
	private UUID entityId;

	@Id
	@Column(name = "key")
	private int key;

	@Id
	@Column(name = "ts")
	private long ts;

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

}
