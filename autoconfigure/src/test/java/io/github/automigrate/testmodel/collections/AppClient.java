package io.github.automigrate.testmodel.collections;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * Two sets of nullable strings with the same column names, as Keycloak's client has its
 * redirect URIs and web origins: Hibernate gives both tables a unique key named after
 * this table and those columns, one name twice.
 */
@Entity
public class AppClient {

	@Id
	@Column(length = 36)
	private String id;

	@ElementCollection
	@CollectionTable(name = "redirect_uris", joinColumns = @JoinColumn(name = "client_id"))
	@Column(name = "uri")
	private Set<String> redirectUris = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "web_origins", joinColumns = @JoinColumn(name = "client_id"))
	@Column(name = "uri")
	private Set<String> webOrigins = new HashSet<>();

	protected AppClient() {
	}

	public AppClient(String id) {
		this.id = id;
	}

	public Set<String> getRedirectUris() {
		return this.redirectUris;
	}

	public Set<String> getWebOrigins() {
		return this.webOrigins;
	}

}
