package io.github.automigrate.testmodel.springdata;

import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

/**
 * Shaped after Spring Data JPA's sample user: a mixed-case table name, a self-referencing
 * many-to-many and many-to-one, an embedded address, a {@code @Lob} byte array, a set of
 * strings and {@code @Temporal} dates.
 */
@Entity
@Table(name = "SD_User")
@NamedQuery(name = "User.findByEmailAddress", query = "SELECT u FROM User u WHERE u.emailAddress = ?1")
@NamedEntityGraph(name = "User.overview", attributeNodes = @NamedAttributeNode("roles"))
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.AUTO)
	private Integer id;

	private String firstname;

	private String lastname;

	private int age;

	private boolean active;

	@Temporal(TemporalType.TIMESTAMP)
	private Date createdAt;

	@Column(nullable = false, unique = true)
	private String emailAddress;

	@ManyToMany(cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	private Set<User> colleagues = new HashSet<>();

	@ManyToMany
	private Set<Role> roles = new HashSet<>();

	@ManyToOne
	private User manager;

	@Embedded
	private Address address;

	@Lob
	private byte[] binaryData;

	@ElementCollection
	private Set<String> attributes = new HashSet<>();

	@Temporal(TemporalType.DATE)
	private Date dateOfBirth;

}
