package io.github.automigrate.testmodel.foreignkeynames;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A parking bay, keyed by its zone and number. */
@Entity
@IdClass(Bay.Key.class)
public class Bay {

	@Id
	private String zone;

	@Id
	private Integer number;

	/** The key: zone and number. */
	public static class Key implements Serializable {

		private String zone;

		private Integer number;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.zone, key.zone)
					&& Objects.equals(this.number, key.number);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.zone, this.number);
		}

	}

}
