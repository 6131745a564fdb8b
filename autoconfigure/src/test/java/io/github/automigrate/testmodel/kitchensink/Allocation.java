package io.github.automigrate.testmodel.kitchensink;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * An {@code @IdClass} key whose {@code @Id} fields carry their own {@code @Column} names
 * and lengths.
 */
@Entity
@IdClass(Allocation.Key.class)
public class Allocation {

	@Id
	@Column(name = "account_code", length = 20)
	private String account;

	@Id
	@Column(name = "period_no", nullable = false)
	private Integer period;

	@Column(precision = 12, scale = 2)
	private BigDecimal amount;

	/** The key: the same fields, without columns. */
	public static class Key implements Serializable {

		private String account;

		private Integer period;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && java.util.Objects.equals(this.account, key.account)
					&& java.util.Objects.equals(this.period, key.period);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.account, this.period);
		}

	}

}
