package io.github.automigrate.testmodel.idclassrefs;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * An {@code @IdClass} key whose association part the key class types by the entity:
 * Hibernate 7 types the named join column as the referenced id, varchar(36).
 */
@Entity
@IdClass(TenantSetting.Key.class)
public class TenantSetting {

	@Id
	@ManyToOne
	@JoinColumn(name = "TENANT_REF")
	private Tenant tenant;

	@Id
	@Column(name = "SETTING_NAME")
	private String name;

	private String content;

	/** The key, naming the tenant by its entity type. */
	public static class Key implements Serializable {

		private Tenant tenant;

		private String name;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.tenant, key.tenant)
					&& Objects.equals(this.name, key.name);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.tenant, this.name);
		}

	}

}
