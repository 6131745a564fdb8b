package io.github.automigrate.testmodel.embeddedtable;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;
import org.hibernate.annotations.EmbeddedTable;

/**
 * An embedded value that Hibernate's {@code @EmbeddedTable} moves, every column of it,
 * into the entity's secondary table: {@code courier_depot} holds {@code street},
 * {@code town} and the nested {@code latitude} and {@code longitude}; {@code courier}
 * holds only its own columns.
 */
@Entity
@SecondaryTable(name = "courier_depot")
public class Courier {

	@Id
	private Long id;

	@Column(nullable = false)
	private String name;

	@Embedded
	@EmbeddedTable("courier_depot")
	private DepotAddress depot;

}
