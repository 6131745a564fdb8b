package io.github.automigrate.testmodel.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Nationalized;

/**
 * Shaped after Keycloak's component configuration: a nationalized {@code @Lob} value with
 * a length, and a lazy reference with an index on it.
 */
@Entity
@Table(name = "COMPONENT_CONFIG", indexes = @Index(name = "IDX_COMPO_CONFIG_COMPO", columnList = "COMPONENT_ID"))
public class ComponentConfigEntity {

	@Id
	@Column(name = "ID", length = 36)
	protected String id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "COMPONENT_ID")
	protected ComponentEntity component;

	@Column(name = "NAME")
	protected String name;

	@Nationalized
	@Lob
	@Column(name = "VALUE", length = 4000)
	protected String value;

}
