package io.github.automigrate.testmodel.sequences;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity name, a table name and an implicit sequence: which of the two names the
 * sequence follows.
 */
@Entity(name = "GiftVoucher")
@Table(name = "vouchers")
public class Voucher {

	@Id
	@GeneratedValue
	private Long id;

	private String code;

}
