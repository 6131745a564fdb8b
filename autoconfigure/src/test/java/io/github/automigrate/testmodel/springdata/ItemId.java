package io.github.automigrate.testmodel.springdata;

import java.io.Serializable;

/** {@link Item}'s key. */
public class ItemId implements Serializable {

	private Integer id;

	private Integer manufacturerId;

}
