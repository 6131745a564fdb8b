package io.github.automigrate.testmodel.quotednames;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scribe, in an upper-case quoted table with an unquoted key. */
@Entity
@Table(name = "`SCRIBE`")
public class Scribe {

	@Id
	private Long id;

	private String name;

}
