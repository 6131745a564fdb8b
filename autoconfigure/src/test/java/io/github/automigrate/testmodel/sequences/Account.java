package io.github.automigrate.testmodel.sequences;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A quoted upper-case table with an implicit sequence. */
@Entity
@Table(name = "`ACCOUNT`")
public class Account {

	@Id
	@GeneratedValue
	private Long id;

	private String holder;

}
