package io.github.automigrate.testmodel.legacyrefs;

import java.io.Serializable;

/** The key of an {@link Account}. */
public class AccountKey implements Serializable {

	private String bankCode;

	private Long accountNo;

	@Override
	public boolean equals(Object other) {
		return (other instanceof AccountKey that) && java.util.Objects.equals(this.bankCode, that.bankCode)
				&& java.util.Objects.equals(this.accountNo, that.accountNo);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.bankCode, this.accountNo);
	}

}
