package io.github.automigrate.testmodel.columnsorformulas;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * The two-part key of a {@link Site}.
 */
@Embeddable
public class SiteKey implements Serializable {

	private String region;

	private Integer plot;

	@Override
	public boolean equals(Object other) {
		return other instanceof SiteKey key && Objects.equals(this.region, key.region)
				&& Objects.equals(this.plot, key.plot);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.region, this.plot);
	}

}
