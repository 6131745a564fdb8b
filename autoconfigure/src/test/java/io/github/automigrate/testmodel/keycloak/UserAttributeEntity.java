package io.github.automigrate.testmodel.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Nationalized;

/**
 * Shaped after Keycloak's user attribute: a lazy reference with an upper-case join
 * column, a nationalized value with a long length, and a long-value hash column beside
 * it.
 */
@Entity
@Table(name = "USER_ATTRIBUTE", indexes = { @Index(name = "IDX_USER_ATTRIBUTE", columnList = "USER_ID"),
		@Index(name = "IDX_USER_ATTRIBUTE_NAME", columnList = "NAME, VALUE") })
public class UserAttributeEntity {

	@Id
	@Column(name = "ID", length = 36)
	protected String id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "USER_ID")
	protected UserEntity user;

	@Column(name = "NAME")
	protected String name;

	@Nationalized
	@Column(name = "VALUE")
	protected String value;

	@Nationalized
	@Column(name = "LONG_VALUE_HASH")
	private byte[] longValueHash;

	@Nationalized
	@Column(name = "LONG_VALUE", columnDefinition = "TEXT")
	private String longValue;

}
