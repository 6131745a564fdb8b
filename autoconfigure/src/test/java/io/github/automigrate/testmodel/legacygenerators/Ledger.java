package io.github.automigrate.testmodel.legacygenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;
import org.hibernate.id.enhanced.SequenceStyleGenerator;

/** A ledger entry numbered by the sequence generator given as a type. */
@Entity
public class Ledger {

	@Id
	@GeneratedValue(generator = "ledger_gen")
	@GenericGenerator(name = "ledger_gen", type = SequenceStyleGenerator.class,
			parameters = { @Parameter(name = "sequence_name", value = "ledger_seq"),
					@Parameter(name = "increment_size", value = "20") })
	private Long id;

	private String account;

}
