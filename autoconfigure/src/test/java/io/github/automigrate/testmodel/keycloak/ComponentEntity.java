package io.github.automigrate.testmodel.keycloak;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * Shaped after Keycloak's component: a lazy reference to the realm with a named index on
 * it, and its configuration as a child entity.
 */
@Entity
@Table(name = "COMPONENT", indexes = { @Index(name = "IDX_COMPONENT_REALM", columnList = "REALM_ID"),
		@Index(name = "IDX_COMPONENT_PROVIDER_TYPE", columnList = "PROVIDER_TYPE") })
public class ComponentEntity {

	@Id
	@Column(name = "ID", length = 36)
	protected String id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "REALM_ID")
	protected RealmEntity realm;

	@Column(name = "NAME")
	protected String name;

	@Column(name = "PROVIDER_TYPE")
	protected String providerType;

	@Column(name = "PROVIDER_ID")
	protected String providerId;

	@Column(name = "PARENT_ID")
	protected String parentId;

	@Column(name = "SUB_TYPE")
	protected String subType;

	@OneToMany(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true, mappedBy = "component")
	Set<ComponentConfigEntity> componentConfigs = new HashSet<>();

}
