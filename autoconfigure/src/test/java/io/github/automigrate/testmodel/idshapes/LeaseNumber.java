package io.github.automigrate.testmodel.idshapes;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/**
 * A key of a floor, the tenant (a reference inside the key) and a wing. Hibernate orders
 * key columns by their type's size, AutoMigrate by name: these names keep both orders
 * alike.
 */
@Embeddable
public class LeaseNumber implements Serializable {

	private int floor;

	@ManyToOne
	private Tenant tenant;

	@Column(length = 12)
	private String wing;

	@Override
	public boolean equals(Object other) {
		return other instanceof LeaseNumber key && this.floor == key.floor && Objects.equals(this.tenant, key.tenant)
				&& Objects.equals(this.wing, key.wing);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.floor, this.tenant, this.wing);
	}

}
