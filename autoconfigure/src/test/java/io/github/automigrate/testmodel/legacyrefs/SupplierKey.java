package io.github.automigrate.testmodel.legacyrefs;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * A supplier's key: a country and a number there (text both, so that Hibernate orders
 * them by name).
 */
@Embeddable
public class SupplierKey implements Serializable {

	private String countryCode;

	private String supplierNo;

	@Override
	public boolean equals(Object other) {
		return (other instanceof SupplierKey that) && Objects.equals(this.countryCode, that.countryCode)
				&& Objects.equals(this.supplierNo, that.supplierNo);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.countryCode, this.supplierNo);
	}

}
