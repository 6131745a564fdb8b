package io.github.automigrate.testmodel.rich;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

@Entity
public class Tag {

	@Id
	@Column(length = 40)
	private String code;

	@Convert(converter = ColorConverter.class)
	private java.awt.Color color;

	private Priority priority;

	@ManyToMany(mappedBy = "tags")
	private Set<Person> people = new HashSet<>();

}
