package io.github.automigrate.testmodel.rich;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Single-table inheritance with a declared discriminator. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "party_kind", length = 12)
public abstract class Party {

	@Id
	@GeneratedValue
	private Long id;

	@Column(nullable = false)
	private String displayName;

}
