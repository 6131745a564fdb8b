package io.github.automigrate.testmodel.sharedkeycolumn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A beehive placed in an orchard: {@code orchard_code} is written through the basic
 * {@link #orchardCode} and read through {@link #orchard}, a NOT NULL {@code @ManyToOne}
 * whose foreign key is named. The column is nullable: Hibernate binds basic columns
 * before any join column, whatever the order of the attributes, and keeps the first.
 */
@Entity
public class Hive {

	@Id
	private Long id;

	@ManyToOne
	@JoinColumn(name = "orchard_code", nullable = false, insertable = false, updatable = false,
			foreignKey = @ForeignKey(name = "FK_HIVE_ORCHARD"))
	private Orchard orchard;

	@Column(name = "orchard_code")
	private Long orchardCode;

}
