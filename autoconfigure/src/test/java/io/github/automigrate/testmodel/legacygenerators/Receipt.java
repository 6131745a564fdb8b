package io.github.automigrate.testmodel.legacygenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/**
 * A receipt numbered from a sequence named by the enhanced-sequence strategy's parameter.
 */
@Entity
public class Receipt {

	@Id
	@GeneratedValue(generator = "receipt_gen")
	@GenericGenerator(name = "receipt_gen", strategy = "enhanced-sequence",
			parameters = @Parameter(name = "sequence_name", value = "receipt_seq"))
	private Long id;

	private String till;

}
