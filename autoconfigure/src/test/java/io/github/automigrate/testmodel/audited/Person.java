package io.github.automigrate.testmodel.audited;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Shaped like Spring Data's Envers example ({@code @Audited} on the class, a generated
 * id, a {@code @Version} that Envers leaves out), with an embedded address, a collection
 * of basics, a reference to an audited entity and one to an entity that is not audited,
 * and an attribute that is not audited.
 */
@Entity
@Audited
public class Person {

	@Id
	@GeneratedValue
	public Long id;

	@Column(nullable = false, length = 80)
	public String name;

	@Version
	public Long version;

	@Embedded
	public Address address;

	@NotAudited
	public String nickname;

	@ElementCollection
	@CollectionTable(name = "person_tags")
	@Column(name = "tag", length = 40)
	public Set<String> tags = new HashSet<>();

	@ElementCollection
	@OrderColumn
	public List<Address> previousAddresses = new ArrayList<>();

	@ManyToOne
	public Team team;

	@ManyToOne
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	public Country country;

}
