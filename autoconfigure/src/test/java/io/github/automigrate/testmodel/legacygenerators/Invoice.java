package io.github.automigrate.testmodel.legacygenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** An invoice numbered from a sequence of its own, starting at 1000 and stepping by 5. */
@Entity
public class Invoice {

	@Id
	@GeneratedValue(generator = "invoice_numbers_gen")
	@GenericGenerator(name = "invoice_numbers_gen", strategy = "sequence",
			parameters = { @Parameter(name = "sequence_name", value = "invoice_numbers"),
					@Parameter(name = "initial_value", value = "1000"),
					@Parameter(name = "increment_size", value = "5") })
	private Long id;

	private String customer;

}
