package io.github.automigrate.testmodel.compositerefs;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * A delivery zone, keyed by country then code (declared so, out of alphabetical order).
 */
@Entity
@IdClass(Zone.Key.class)
public class Zone {

	@Id
	@Column(length = 2)
	private String country;

	@Id
	@Column(length = 8)
	private String code;

	private String label;

	/** The key: country and code. */
	public static class Key implements Serializable {

		private String country;

		private String code;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.country, key.country)
					&& Objects.equals(this.code, key.code);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.country, this.code);
		}

	}

}
