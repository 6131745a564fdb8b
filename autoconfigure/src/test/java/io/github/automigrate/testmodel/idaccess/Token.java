package io.github.automigrate.testmodel.idaccess;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A token with no mapping annotation but its identifier's, on a getter marked
 * {@code @Access(PROPERTY)}: property access, so its field without a getter is no column
 * and its getter without a field is one.
 */
@Entity
public class Token {

	private Long id;

	private String secret;

	private String scratch;

	@Id
	@Access(AccessType.PROPERTY)
	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getSecret() {
		return this.secret;
	}

	public void setSecret(String secret) {
		this.secret = secret;
	}

	public String getDisplayName() {
		return "token " + this.id;
	}

	public void setDisplayName(String displayName) {
	}

}
