package io.github.automigrate.testmodel.authserver;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A registered client: its methods, grant types, URIs and scopes as comma-separated
 * strings, settings as JSON text.
 */
@Entity
@Table(name = "`client`")
public class OAuthClient {

	@Id
	private String id;

	private String clientId;

	private Instant clientIdIssuedAt;

	private String clientSecret;

	private Instant clientSecretExpiresAt;

	private String clientName;

	@Column(length = 1000)
	private String clientAuthenticationMethods;

	@Column(length = 1000)
	private String authorizationGrantTypes;

	@Column(length = 1000)
	private String redirectUris;

	@Column(length = 1000)
	private String postLogoutRedirectUris;

	@Column(length = 1000)
	private String scopes;

	@Column(length = 2000)
	private String clientSettings;

	@Column(columnDefinition = "text")
	private String tokenSettings;

	protected OAuthClient() {
	}

}
