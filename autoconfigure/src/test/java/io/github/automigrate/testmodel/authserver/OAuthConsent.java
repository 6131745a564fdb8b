package io.github.automigrate.testmodel.authserver;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The authorities a principal granted a client, keyed by both; the table named in mixed
 * case, quoted.
 */
@Entity
@Table(name = "`authorizationConsent`")
@IdClass(OAuthConsent.Key.class)
public class OAuthConsent {

	@Id
	private String registeredClientId;

	@Id
	private String principalName;

	@Column(length = 1000)
	private String authorities;

	protected OAuthConsent() {
	}

	/** A client and a principal. */
	public static class Key implements Serializable {

		private String registeredClientId;

		private String principalName;

	}

}
