package io.github.automigrate.testmodel.plainembedded;

/** Not @Embeddable, embedded inside another class that is not either. */
public class PostBox {

	private String boxNumber;

}
