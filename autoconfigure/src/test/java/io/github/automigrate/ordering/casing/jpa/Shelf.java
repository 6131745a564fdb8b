package io.github.automigrate.ordering.casing.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Table {@code shelf} as JPA maps it: unquoted names, which the database folds
 * ({@code ID} on H2, {@code id} on PostgreSQL).
 */
@Entity
public class Shelf {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String label;

	protected Shelf() {
	}

	public Shelf(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

}
