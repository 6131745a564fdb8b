package io.github.automigrate.testmodel.legacyrefs;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/**
 * A joined subclass whose key columns name the root's in upper case and in the reverse of
 * the key's order: each takes the type of the column it names, not of the one at its
 * position.
 */
@Entity
@Table(name = "SAVINGS_ACCOUNT")
@PrimaryKeyJoinColumn(name = "SAV_BANK", referencedColumnName = "BANKCODE")
@PrimaryKeyJoinColumn(name = "SAV_NO", referencedColumnName = "ACCOUNTNO")
public class SavingsAccount extends Account {

	private BigDecimal rate;

}
