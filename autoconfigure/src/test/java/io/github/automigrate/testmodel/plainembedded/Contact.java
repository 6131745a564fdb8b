package io.github.automigrate.testmodel.plainembedded;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;

/** Not @Embeddable, and embeds another such class in turn. */
public class Contact {

	@Column(length = 120)
	private String email;

	private int priority;

	@Embedded
	private PostBox postBox;

}
