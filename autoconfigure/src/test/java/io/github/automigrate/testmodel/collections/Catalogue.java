package io.github.automigrate.testmodel.collections;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.UniqueConstraint;

/**
 * Element collections whose tables {@code @JoinTable} names, with their join columns, an
 * index and a unique constraint, as Hibernate honours it in place of
 * {@code @CollectionTable}.
 */
@Entity
public class Catalogue {

	@Id
	private Long id;

	private String title;

	@ElementCollection
	@JoinTable(name = "catalogue_keywords", joinColumns = @JoinColumn(name = "catalogue_ref"),
			indexes = @Index(name = "idx_catalogue_keyword", columnList = "keyword"))
	@Column(name = "keyword", nullable = false, length = 60)
	private Set<String> keywords = new HashSet<>();

	/**
	 * A declared unique constraint: Hibernate then gives the set neither a primary key
	 * nor a unique key of its own.
	 */
	@ElementCollection
	@JoinTable(name = "catalogue_aliases", joinColumns = @JoinColumn(name = "catalogue_ref"),
			uniqueConstraints = @UniqueConstraint(columnNames = { "catalogue_ref", "alias" }))
	@Column(name = "alias", length = 60)
	private Set<String> aliases = new HashSet<>();

	protected Catalogue() {
	}

	public Catalogue(Long id, String title) {
		this.id = id;
		this.title = title;
	}

	public Set<String> getKeywords() {
		return this.keywords;
	}

	public Set<String> getAliases() {
		return this.aliases;
	}

}
