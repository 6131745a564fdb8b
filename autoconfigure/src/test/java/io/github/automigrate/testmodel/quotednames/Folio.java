package io.github.automigrate.testmodel.quotednames;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A folio kept in an archive, its references and collections named implicitly from quoted
 * names.
 */
@Entity
@Table(name = "`Folio`", indexes = @Index(columnList = "`Shelf_Mark`"),
		uniqueConstraints = @UniqueConstraint(columnNames = { "`Shelf_Mark`", "leaf" }))
public class Folio {

	@Id
	private Long id;

	@Column(name = "`Shelf_Mark`")
	private String shelfMark;

	private Integer leaf;

	@ManyToOne
	@JoinColumn(name = "`Archive_Ref`")
	private Archive archive;

	@ManyToOne
	private Archive copyArchive;

	@ManyToOne
	private Scribe scribe;

	@ManyToMany
	private Set<Scribe> reviewers = new HashSet<>();

	@ElementCollection
	private Set<String> keywords = new HashSet<>();

}
