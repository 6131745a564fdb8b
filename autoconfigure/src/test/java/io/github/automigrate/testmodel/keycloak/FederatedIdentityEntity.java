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
 * Shaped after Keycloak's federated identity: an {@code @IdClass} key of a lazy reference
 * and an explicitly named string column, a token kept in a
 * {@code columnDefinition = "TEXT"} column, and a realm as a plain string.
 */
@Entity
@Table(name = "FEDERATED_IDENTITY",
		indexes = { @Index(name = "IDX_FEDIDENTITY_USER", columnList = "USER_ID"),
				@Index(name = "IDX_FEDIDENTITY_FEDUSER", columnList = "FEDERATED_USER_ID") })
@IdClass(FederatedIdentityEntity.Key.class)
public class FederatedIdentityEntity {

	@Id
	@Column(name = "IDENTITY_PROVIDER")
	protected String identityProvider;

	@Column(name = "REALM_ID")
	protected String realmId;

	@Column(name = "FEDERATED_USER_ID")
	protected String userId;

	@Column(name = "FEDERATED_USERNAME")
	protected String userName;

	@Column(name = "TOKEN", columnDefinition = "TEXT")
	protected String token;

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "USER_ID")
	private UserEntity user;

	/** The key: the provider and the user's id. */
	public static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		protected String identityProvider;

		protected String user;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && java.util.Objects.equals(this.identityProvider, key.identityProvider)
					&& java.util.Objects.equals(this.user, key.user);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.identityProvider, this.user);
		}

	}

}
