package io.github.automigrate.testmodel.legacygenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

/**
 * A voucher numbered by the sequence generator named by its class, with no parameters.
 */
@Entity
public class Voucher {

	@Id
	@GeneratedValue(generator = "voucher_gen")
	@GenericGenerator(name = "voucher_gen", strategy = "org.hibernate.id.enhanced.SequenceStyleGenerator")
	private Long id;

	private String code;

}
