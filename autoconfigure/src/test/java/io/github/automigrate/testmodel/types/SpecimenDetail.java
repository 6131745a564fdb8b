package io.github.automigrate.testmodel.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

/**
 * A detail sharing its specimen's key: a required one-to-one with {@code @MapsId}, and a
 * {@code long} version.
 */
@Entity
public class SpecimenDetail {

	@Id
	private Long id;

	@MapsId
	@OneToOne(optional = false)
	private Specimen specimen;

	@Version
	private long version;

	private String remark;

}
