package io.github.automigrate.testmodel.conduit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * Shaped after the Conduit article: a unique slug, a {@code @Lob} body, the author as an
 * eager reference, tags through a named join table, comments as the inverse side, and
 * creation and update times from Hibernate's own annotations.
 */
@Entity
@Table(name = "articles")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "author_id", nullable = false)
	private ConduitUser author;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	private String description;

	@Lob
	@Column(nullable = false)
	private String body;

	@ManyToMany(fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
	@JoinTable(name = "articles_tags",
			joinColumns = @JoinColumn(name = "article_id", referencedColumnName = "id", nullable = false),
			inverseJoinColumns = @JoinColumn(name = "tag_id", referencedColumnName = "id", nullable = false))
	private Set<Tag> tags = new HashSet<>();

	@OneToMany(mappedBy = "article", cascade = CascadeType.REMOVE)
	private List<Comment> comments = new ArrayList<>();

	@CreationTimestamp
	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@UpdateTimestamp
	@Column(name = "updated_at")
	private Instant updatedAt;

}
