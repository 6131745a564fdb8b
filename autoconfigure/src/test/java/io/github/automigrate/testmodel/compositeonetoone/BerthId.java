package io.github.automigrate.testmodel.compositeonetoone;

import java.io.Serializable;
import java.util.Objects;

/** The identifier class of {@link Berth}. */
public class BerthId implements Serializable {

	private Integer quay;

	private Integer number;

	@Override
	public boolean equals(Object other) {
		return other instanceof BerthId that && Objects.equals(this.quay, that.quay)
				&& Objects.equals(this.number, that.number);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.quay, this.number);
	}

}
