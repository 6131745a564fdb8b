package io.github.automigrate.testmodel.secondaryindexes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.UniqueConstraint;

/**
 * Indexes and unique constraints declared on secondary tables, named and unnamed, one
 * with sort orders.
 */
@Entity
@SecondaryTable(name = "dealer_terms", indexes = @Index(columnList = "region ASC, commission DESC"))
@SecondaryTable(name = "dealer_contact", indexes = @Index(name = "idx_dealer_contact_phone", columnList = "phone"),
		uniqueConstraints = @UniqueConstraint(columnNames = "email"))
public class Dealer {

	@Id
	Long id;

	String name;

	@Column(table = "dealer_terms")
	String region;

	@Column(table = "dealer_terms")
	Double commission;

	@Column(table = "dealer_contact")
	String phone;

	@Column(table = "dealer_contact")
	String email;

}
