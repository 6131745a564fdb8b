package io.github.automigrate.testmodel.legacyrefs;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/**
 * A supplier with a two-part embedded key; the parts it supplies through a join table
 * whose columns name the referenced columns in upper case, the supplier's in the reverse
 * of the key's order.
 */
@Entity
@Table(name = "SUPPLIER")
public class Supplier {

	@EmbeddedId
	private SupplierKey key;

	private String name;

	@ManyToMany
	@JoinTable(name = "SUPPLIER_PART",
			joinColumns = { @JoinColumn(name = "SP_SUPPLIER_NO", referencedColumnName = "SUPPLIERNO"),
					@JoinColumn(name = "SP_COUNTRY", referencedColumnName = "COUNTRYCODE") },
			inverseJoinColumns = @JoinColumn(name = "SP_PART_ID", referencedColumnName = "ID"))
	private List<Part> parts = new ArrayList<>();

}
