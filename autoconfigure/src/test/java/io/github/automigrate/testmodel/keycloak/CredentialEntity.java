package io.github.automigrate.testmodel.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Nationalized;

/**
 * Shaped after Keycloak's credential: JSON kept as long text with explicit lengths, a
 * primitive priority, and a {@code @Version int}.
 */
@Entity
@Table(name = "CREDENTIAL", indexes = @Index(name = "IDX_USER_CREDENTIAL", columnList = "USER_ID"))
public class CredentialEntity {

	@Id
	@Column(name = "ID", length = 36)
	protected String id;

	@Column(name = "TYPE")
	protected String type;

	@Nationalized
	@Column(name = "USER_LABEL")
	protected String userLabel;

	@Column(name = "CREATED_DATE")
	protected Long createdDate;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "USER_ID")
	protected UserEntity user;

	@Column(name = "SECRET_DATA", length = 4000)
	protected String secretData;

	@Column(name = "CREDENTIAL_DATA", length = 4000)
	protected String credentialData;

	@Column(name = "PRIORITY")
	protected int priority;

	@Version
	@Column(name = "VERSION")
	private int version;

}
