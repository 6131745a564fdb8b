package io.github.automigrate.testmodel.quotednames;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An archive whose table and key column are quoted, in mixed case. */
@Entity
@Table(name = "`Archive_Store`")
public class Archive {

	@Id
	@Column(name = "`Archive_Id`")
	private Long id;

	@Column(name = "`Title`", unique = true)
	private String title;

}
