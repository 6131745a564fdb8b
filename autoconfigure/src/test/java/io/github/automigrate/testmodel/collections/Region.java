package io.github.automigrate.testmodel.collections;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A sales region, identified by two columns: the key of the price list's maps. */
@Entity
@IdClass(Region.Key.class)
public class Region {

	@Id
	@Column(length = 2)
	private String country;

	@Id
	@Column(length = 8)
	private String code;

	protected Region() {
	}

	public Region(String country, String code) {
		this.country = country;
		this.code = code;
	}

	/** The identifier class. */
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
