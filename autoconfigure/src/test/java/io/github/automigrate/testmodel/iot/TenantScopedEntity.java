package io.github.automigrate.testmodel.iot;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** An entity owned by a tenant, referred to by id only (no association). */
@MappedSuperclass
public abstract class TenantScopedEntity<D> extends BaseEntity<D> {

	@Column(name = "tenant_id")
	protected UUID tenantId;

}
