package io.github.automigrate.testmodel.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.TableGenerator;

/**
 * An embedded address with an override, a one-to-one without a foreign key, and a table
 * generator.
 */
@Entity
public class Shipment {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "shipment_ids")
	@TableGenerator(name = "shipment_ids", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_block")
	private long id;

	@OneToOne
	@JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
	private Order order;

	@Embedded
	@AttributeOverride(name = "city", column = @Column(name = "town", length = 60))
	private Address destination;

	private short attempts;

}
