package io.github.automigrate.testmodel.keycloak;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Shaped after Keycloak's user-role mapping: an {@code @IdClass} key of a lazy reference
 * and a plain string id of length 36, with an index on the reference.
 */
@Entity
@Table(name = "USER_ROLE_MAPPING", indexes = @Index(name = "IDX_USER_ROLE_MAPPING", columnList = "USER_ID"))
@IdClass(UserRoleMappingEntity.Key.class)
public class UserRoleMappingEntity {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "USER_ID")
	protected UserEntity user;

	@Id
	@Column(name = "ROLE_ID", length = 36)
	protected String roleId;

	/** The key: the user's id and the role's id. */
	public static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		protected String user;

		protected String roleId;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && java.util.Objects.equals(this.user, key.user)
					&& java.util.Objects.equals(this.roleId, key.roleId);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.user, this.roleId);
		}

	}

}
