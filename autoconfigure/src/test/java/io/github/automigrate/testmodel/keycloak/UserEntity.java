package io.github.automigrate.testmodel.keycloak;

import java.util.ArrayList;
import java.util.Collection;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Nationalized;

/**
 * Shaped after Keycloak's user: property access on the id only, two table-level unique
 * constraints over the realm (one named, one not), named indexes, nationalized names, a
 * nullable {@code Long} timestamp and a realm held as a plain string column rather than a
 * reference.
 */
@Entity
@Table(name = "USER_ENTITY",
		uniqueConstraints = { @UniqueConstraint(columnNames = { "REALM_ID", "USERNAME" }),
				@UniqueConstraint(name = "UK_DYKN684SL8UP1CRFEI6ECKHD7",
						columnNames = { "REALM_ID", "EMAIL_CONSTRAINT" }) },
		indexes = { @Index(name = "IDX_USER_EMAIL", columnList = "EMAIL"),
				@Index(name = "IDX_USER_SERVICE_ACCOUNT", columnList = "REALM_ID, SERVICE_ACCOUNT_CLIENT_LINK") })
public class UserEntity {

	@Id
	@Column(name = "ID", length = 36)
	@Access(AccessType.PROPERTY)
	protected String id;

	@Nationalized
	@Column(name = "USERNAME")
	protected String username;

	@Nationalized
	@Column(name = "FIRST_NAME")
	protected String firstName;

	@Column(name = "CREATED_TIMESTAMP")
	protected Long createdTimestamp;

	@Nationalized
	@Column(name = "LAST_NAME")
	protected String lastName;

	@Column(name = "EMAIL")
	protected String email;

	@Column(name = "ENABLED")
	protected boolean enabled;

	@Column(name = "EMAIL_VERIFIED")
	protected boolean emailVerified;

	@Column(name = "EMAIL_CONSTRAINT")
	protected String emailConstraint;

	@Column(name = "FEDERATION_LINK")
	protected String federationLink;

	@Column(name = "SERVICE_ACCOUNT_CLIENT_LINK")
	protected String serviceAccountClientLink;

	@Column(name = "NOT_BEFORE")
	protected int notBefore;

	@Column(name = "REALM_ID")
	protected String realmId;

	@OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "user")
	@Fetch(FetchMode.SELECT)
	@BatchSize(size = 20)
	protected Collection<UserAttributeEntity> attributes = new ArrayList<>();

	@OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "user")
	protected Collection<CredentialEntity> credentials = new ArrayList<>();

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

}
