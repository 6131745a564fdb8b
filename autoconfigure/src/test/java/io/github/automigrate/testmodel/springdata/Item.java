package io.github.automigrate.testmodel.springdata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Shaped after Spring Data JPA's sample item: an {@code @IdClass} key of two columns, one
 * with a column definition.
 */
@Entity
@Table(name = "Item")
@IdClass(ItemId.class)
public class Item {

	@Id
	@Column(columnDefinition = "INT")
	private Integer id;

	@Id
	@Column(name = "manufacturer_id")
	private Integer manufacturerId;

	private String name;

}
