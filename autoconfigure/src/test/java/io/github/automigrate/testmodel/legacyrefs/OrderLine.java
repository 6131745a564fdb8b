package io.github.automigrate.testmodel.legacyrefs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An order line of a legacy schema: every reference names its referenced columns in upper
 * case, as the schema's documentation spells them; the supplier's in the reverse of its
 * key's order, the warehouse's (not its key) too.
 */
@Entity
@Table(name = "ORDER_LINE")
public class OrderLine {

	@Id
	private Long id;

	@ManyToOne
	@JoinColumn(name = "LINE_PART_NO", referencedColumnName = "PARTNUMBER")
	private Part part;

	@ManyToOne
	@JoinColumns({ @JoinColumn(name = "LINE_SUPPLIER_NO", referencedColumnName = "SUPPLIERNO"),
			@JoinColumn(name = "LINE_COUNTRY", referencedColumnName = "COUNTRYCODE") })
	private Supplier supplier;

	@ManyToOne
	@JoinColumns({ @JoinColumn(name = "LINE_SITE_NO", referencedColumnName = "SITENO"),
			@JoinColumn(name = "LINE_REGION", referencedColumnName = "region_cd") })
	private Warehouse warehouse;

	@ManyToOne
	@JoinColumn(name = "LINE_PART_ID", referencedColumnName = "ID")
	private Part partById;

}
