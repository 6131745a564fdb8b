package io.github.automigrate.testmodel.secondaryindexes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.UniqueConstraint;

/** A named unique constraint of two columns on a secondary table. */
@Entity
@SecondaryTable(name = "outlet_address",
		uniqueConstraints = @UniqueConstraint(name = "uk_outlet_address_place", columnNames = { "city", "street" }))
public class Outlet {

	@Id
	Long id;

	@Column(table = "outlet_address")
	String city;

	@Column(table = "outlet_address")
	String street;

}
