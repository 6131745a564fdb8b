package io.github.automigrate.testmodel.audited;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/**
 * The target of a unidirectional one-to-many with a join column, audited, with an audited
 * mapped superclass.
 */
@Entity
@Audited
public class Attachment extends Labelled {

	@Id
	@GeneratedValue
	public Long id;

	public String fileName;

}
