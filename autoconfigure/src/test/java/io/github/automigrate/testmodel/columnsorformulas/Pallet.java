package io.github.automigrate.testmodel.columnsorformulas;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.JoinColumnOrFormula;

/**
 * A pallet whose associations are joined by Hibernate's {@code @JoinColumnOrFormula} with
 * columns only (one, two repeated, and a one-to-many's key in the target's table):
 * Hibernate builds them as it builds {@code @JoinColumn}s, with foreign keys it names
 * itself.
 */
@Entity
public class Pallet {

	@Id
	private Long id;

	@ManyToOne
	@JoinColumnOrFormula(column = @JoinColumn(name = "warehouse_code", referencedColumnName = "code"))
	private Warehouse warehouse;

	@ManyToOne
	@JoinColumnOrFormula(column = @JoinColumn(name = "site_region", referencedColumnName = "region"))
	@JoinColumnOrFormula(column = @JoinColumn(name = "site_plot", referencedColumnName = "plot"))
	private Site site;

	@OneToMany
	@JoinColumnOrFormula(column = @JoinColumn(name = "pallet_ref"))
	private List<Crate> crates;

}
