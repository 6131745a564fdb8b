package io.github.automigrate.testmodel.compositerefs;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/**
 * A berth in a harbour, keyed by an embedded id whose attributes are declared out of
 * alphabetical order.
 */
@Entity
public class Berth {

	@EmbeddedId
	private Key id;

	private Integer length;

	/** The key: slot number, then harbour. */
	@Embeddable
	public static class Key implements Serializable {

		private Integer slot;

		private String harbour;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.slot, key.slot)
					&& Objects.equals(this.harbour, key.harbour);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.slot, this.harbour);
		}

	}

}
