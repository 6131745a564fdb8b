package io.github.automigrate.testmodel.rich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;

@Entity
@DiscriminatorValue("PERSON")
public class Person extends Party {

	public enum Channel {

		EMAIL, PHONE

	}

	@Column(nullable = false)
	private LocalDate bornOn;

	private int shoeSize;

	@Embedded
	@AttributeOverride(name = "location.latitude", column = @Column(name = "home_lat"))
	@AssociationOverride(name = "country", joinColumns = @JoinColumn(name = "home_country"))
	private Address home;

	@ElementCollection
	private Set<String> nicknames = new HashSet<>();

	@ElementCollection
	@OrderColumn
	private List<Integer> luckyNumbers = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "person_contact", joinColumns = @JoinColumn(name = "owner_id"))
	@MapKeyColumn(name = "label", length = 40)
	@Column(name = "value_text")
	private Map<String, String> contacts = new HashMap<>();

	@ElementCollection
	@MapKeyEnumerated(EnumType.STRING)
	private Map<Channel, Boolean> optIns = new HashMap<>();

	@ElementCollection
	private List<Address> formerAddresses = new ArrayList<>();

	@ManyToMany
	private Set<Tag> tags = new HashSet<>();

}
