package io.github.automigrate.testmodel.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A table and a sequence outside the default schema: on MySQL and MariaDB, in another
 * database.
 */
@Entity
@Table(name = "bill", schema = "am_billing")
public class Bill {

	@Id
	@GeneratedValue(generator = "bills")
	@SequenceGenerator(name = "bills", sequenceName = "bill_seq", schema = "am_billing")
	private Long id;

	private String note;

}
