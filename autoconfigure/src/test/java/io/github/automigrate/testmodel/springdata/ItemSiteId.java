package io.github.automigrate.testmodel.springdata;

import java.io.Serializable;

/** {@link ItemSite}'s key: the keys of the entities it refers to. */
public class ItemSiteId implements Serializable {

	private ItemId item;

	private Integer site;

}
