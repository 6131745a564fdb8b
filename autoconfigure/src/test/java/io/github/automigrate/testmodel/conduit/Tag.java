package io.github.automigrate.testmodel.conduit;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/**
 * Shaped after the Conduit tag: an AUTO id, a unique name, and the articles as the mapped
 * side of many-to-many.
 */
@Entity
@Table(name = "tags")
public class Tag {

	@Id
	@GeneratedValue
	private Integer id;

	@Column(name = "name", unique = true, nullable = false)
	private String value;

	@ManyToMany(mappedBy = "tags")
	private Set<Article> articles = new HashSet<>();

}
