package io.github.automigrate.testmodel.rich;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * Property access, a composite @IdClass key, and a composite reference (@JoinColumns) to
 * it from LedgerLine.
 */
@Entity
@IdClass(LedgerId.class)
@Access(AccessType.PROPERTY)
public class Ledger {

	private String region;

	private int fiscalYear;

	private String ownerName;

	@Id
	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	@Id
	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public void setFiscalYear(int fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	public String getOwnerName() {
		return this.ownerName;
	}

	public void setOwnerName(String ownerName) {
		this.ownerName = ownerName;
	}

	public boolean isClosed() {
		return false;
	}

	public void setClosed(boolean closed) {
	}

}
