package io.github.automigrate.testmodel.conduit;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/**
 * Shaped after the Conduit user: a table named away from the reserved word, an email and
 * a profile as embeddables (the profile's columns unique where the app needs it), and
 * following as a self-referencing many-to-many with its inverse side mapped by it.
 */
@Entity
@Table(name = "users")
public class ConduitUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(unique = true, nullable = false)
	private String email;

	@Column(nullable = false)
	private String password;

	@Embedded
	private Profile profile;

	@ManyToMany
	@JoinTable(name = "user_followings", joinColumns = @JoinColumn(name = "follower_id", referencedColumnName = "id"),
			inverseJoinColumns = @JoinColumn(name = "followee_id", referencedColumnName = "id"))
	private Set<ConduitUser> followingUsers = new HashSet<>();

	@ManyToMany(mappedBy = "followingUsers")
	private Set<ConduitUser> followers = new HashSet<>();

	/** What others see of a user. */
	@jakarta.persistence.Embeddable
	public static class Profile {

		@Column(name = "username", unique = true, nullable = false, length = 64)
		private String username;

		@Column(length = 1024)
		private String bio;

		@Column(name = "image")
		private String image;

		private transient boolean following;

	}

}
