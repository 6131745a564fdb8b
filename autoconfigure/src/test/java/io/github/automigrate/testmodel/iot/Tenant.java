package io.github.automigrate.testmodel.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tools.jackson.databind.JsonNode;

/** A tenant: the root of everything else, with contact fields and free-form JSON. */
@Entity
@Table(name = "tenant")
public class Tenant extends BaseEntity<String> {

	@Column(name = "title")
	private String title;

	@Column(name = "region")
	private String region;

	@Column(name = "country")
	private String country;

	@Column(name = "email")
	private String email;

	@Column(name = "tenant_profile_id")
	private java.util.UUID tenantProfileId;

	@Convert(converter = JsonConverter.class)
	@Column(name = "additional_info", length = 10000000)
	private JsonNode additionalInfo;

}
