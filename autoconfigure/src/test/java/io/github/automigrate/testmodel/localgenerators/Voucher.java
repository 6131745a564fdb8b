package io.github.automigrate.testmodel.localgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/**
 * A voucher whose unnamed {@code @GeneratedValue} (AUTO) draws from the table generator
 * declared beside it, as JPA 3.2 and Hibernate 7 read it: a table
 * {@code voucher_numbers}, no sequence.
 */
@Entity
public class Voucher {

	@Id
	@GeneratedValue
	@TableGenerator(name = "voucher_ids", table = "voucher_numbers")
	private Long id;

	private String code;

}
