package io.github.automigrate.testmodel.keycloak;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Nationalized;

/**
 * Shaped after Keycloak's realm attribute: an {@code @IdClass} key made of a lazy
 * reference and a name, and a nationalized value as a {@code @Lob} with a declared
 * length.
 */
@Entity
@Table(name = "REALM_ATTRIBUTE")
@IdClass(RealmAttributeEntity.Key.class)
public class RealmAttributeEntity {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "REALM_ID")
	protected RealmEntity realm;

	@Id
	@Column(name = "NAME")
	protected String name;

	@Nationalized
	@Lob
	@Column(name = "VALUE", length = 32672)
	protected String value;

	/** The key: the realm's id and the attribute's name. */
	public static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		protected String realm;

		protected String name;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && java.util.Objects.equals(this.realm, key.realm)
					&& java.util.Objects.equals(this.name, key.name);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.realm, this.name);
		}

	}

}
