package io.github.automigrate.testmodel.rich;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

@Entity
public class LedgerLine {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne
	@JoinColumns({ @JoinColumn(name = "ledger_region", referencedColumnName = "region"),
			@JoinColumn(name = "ledger_year", referencedColumnName = "fiscalYear") })
	private Ledger ledger;

	private long cents;

}
