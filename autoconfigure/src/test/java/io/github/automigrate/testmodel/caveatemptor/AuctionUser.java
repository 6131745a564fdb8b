package io.github.automigrate.testmodel.caveatemptor;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A user, in a table named so as not to collide with the reserved word; a home and a
 * billing address.
 */
@Entity
@Table(name = "USERS")
public class AuctionUser {

	@Id
	@GeneratedValue
	private Long id;

	@Version
	private long version;

	@NotNull
	@Size(min = 2, max = 16)
	@Column(unique = true)
	private String username;

	@Size(max = 64)
	private String firstname;

	@Size(max = 64)
	private String lastname;

	@Embedded
	private Address homeAddress;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "street", column = @Column(name = "BILLING_STREET")),
			@AttributeOverride(name = "zipcode", column = @Column(name = "BILLING_ZIPCODE", length = 5)),
			@AttributeOverride(name = "city", column = @Column(name = "BILLING_CITY")) })
	private Address billingAddress;

	protected AuctionUser() {
	}

}
