package io.github.automigrate.testmodel.plainembedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Depot {

	@Id
	private Long id;

	@Embedded
	private Address address;

	@Embedded
	@AttributeOverride(name = "street", column = @Column(name = "billing_street"))
	@AttributeOverride(name = "city", column = @Column(name = "billing_town", length = 80))
	private Address billing;

	@Embedded
	private GeoPoint location;

	@Embedded
	private Contact contact;

}
