package io.github.automigrate.testmodel.legacyrefs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A warehouse, referred to by its region and site number together, which are not its key.
 */
@Entity
@Table(name = "WAREHOUSE")
public class Warehouse {

	@Id
	private Long id;

	@Column(name = "REGION_CD", length = 4)
	private String regionCode;

	private Integer siteNo;

}
