package io.github.automigrate.testmodel.idclassrefs;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * An {@code @IdClass} key whose association part the key class types by the id: Hibernate
 * 7 gives the named join column the default length, varchar(255).
 */
@Entity
@IdClass(TenantLabel.Key.class)
public class TenantLabel {

	@Id
	@ManyToOne
	@JoinColumn(name = "TENANT_REF")
	private Tenant tenant;

	@Id
	private String label;

	/** The key, naming the tenant by its id's type. */
	public static class Key implements Serializable {

		private String tenant;

		private String label;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.tenant, key.tenant)
					&& Objects.equals(this.label, key.label);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.tenant, this.label);
		}

	}

}
