package io.github.automigrate.testmodel.authserver;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An authorization and the tokens issued for it, each token's value, times and metadata
 * in its own columns. The token values are {@code text}, as users on MySQL and MariaDB
 * declare them: as {@code varchar(4000)} (the sample's {@code length = 4000}) they and
 * the other strings pass the 65,535-byte row limit, and the database refuses the table
 * that Hibernate declares just as it refuses AutoMigrate's.
 */
@Entity
@Table(name = "`authorization`")
public class OAuthAuthorization {

	@Id
	@Column
	private String id;

	private String registeredClientId;

	private String principalName;

	private String authorizationGrantType;

	@Column(length = 1000)
	private String authorizedScopes;

	@Column(columnDefinition = "text")
	private String attributes;

	@Column(length = 500)
	private String state;

	@Column(columnDefinition = "text")
	private String authorizationCodeValue;

	private Instant authorizationCodeIssuedAt;

	private Instant authorizationCodeExpiresAt;

	private String authorizationCodeMetadata;

	@Column(columnDefinition = "text")
	private String accessTokenValue;

	private Instant accessTokenIssuedAt;

	private Instant accessTokenExpiresAt;

	@Column(length = 2000)
	private String accessTokenMetadata;

	private String accessTokenType;

	@Column(length = 1000)
	private String accessTokenScopes;

	@Column(columnDefinition = "text")
	private String refreshTokenValue;

	private Instant refreshTokenIssuedAt;

	private Instant refreshTokenExpiresAt;

	@Column(length = 2000)
	private String refreshTokenMetadata;

	@Column(columnDefinition = "text")
	private String oidcIdTokenValue;

	private Instant oidcIdTokenIssuedAt;

	private Instant oidcIdTokenExpiresAt;

	@Column(length = 2000)
	private String oidcIdTokenMetadata;

	@Column(length = 2000)
	private String oidcIdTokenClaims;

	@Column(columnDefinition = "text")
	private String userCodeValue;

	private Instant userCodeIssuedAt;

	private Instant userCodeExpiresAt;

	@Column(columnDefinition = "text")
	private String userCodeMetadata;

	@Column(columnDefinition = "text")
	private String deviceCodeValue;

	private Instant deviceCodeIssuedAt;

	private Instant deviceCodeExpiresAt;

	@Column(length = 2000)
	private String deviceCodeMetadata;

	protected OAuthAuthorization() {
	}

}
