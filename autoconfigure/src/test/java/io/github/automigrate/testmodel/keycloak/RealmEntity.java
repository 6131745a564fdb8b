package io.github.automigrate.testmodel.keycloak;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.Nationalized;

/**
 * Shaped after Keycloak's realm: a 36-character string id assigned by the application,
 * upper-case table and column names, primitive flags and counters with explicit columns,
 * a translated-message map in a collection table, and attributes as their own entity.
 */
@Entity
@Table(name = "REALM")
public class RealmEntity {

	@Id
	@Column(name = "ID", length = 36)
	protected String id;

	@Column(name = "NAME", unique = true)
	protected String name;

	@Column(name = "ENABLED")
	protected boolean enabled;

	@Column(name = "SSL_REQUIRED")
	protected String sslRequired;

	@Column(name = "REGISTRATION_ALLOWED")
	protected boolean registrationAllowed;

	@Column(name = "SSO_IDLE_TIMEOUT")
	protected int ssoSessionIdleTimeout;

	@Column(name = "NOT_BEFORE")
	protected int notBefore;

	@Column(name = "EVENTS_EXPIRATION")
	protected long eventsExpiration;

	@Column(name = "LOGIN_THEME")
	protected String loginTheme;

	@Column(name = "DEFAULT_LOCALE")
	protected String defaultLocale;

	@Column(name = "DEFAULT_ROLE")
	protected String defaultRoleId;

	@ElementCollection
	@MapKeyColumn(name = "LOCALE")
	@Column(name = "VALUE")
	@Nationalized
	@CollectionTable(name = "REALM_SUPPORTED_LOCALES", joinColumns = { @JoinColumn(name = "REALM_ID") })
	protected Map<String, String> localizationTexts = new HashMap<>();

	@OneToMany(cascade = { CascadeType.REMOVE }, orphanRemoval = true, mappedBy = "realm")
	protected Collection<RealmAttributeEntity> attributes = new ArrayList<>();

	@OneToMany(cascade = { CascadeType.ALL }, orphanRemoval = true, mappedBy = "realm")
	protected Collection<ComponentEntity> components = new ArrayList<>();

}
