package io.github.automigrate.testmodel.rich;

import java.io.Serializable;

public class LedgerId implements Serializable {

	private String region;

	private int fiscalYear;

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public void setFiscalYear(int fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

}
