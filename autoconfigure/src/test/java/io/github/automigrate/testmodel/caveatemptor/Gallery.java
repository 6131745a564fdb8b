package io.github.automigrate.testmodel.caveatemptor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.ColumnDefault;

/**
 * The picture collections of CaveatEmptor's mapping chapter in one entity: a bag with its
 * own key column, a map by file name, a map keyed by an embeddable, an ordered set,
 * featured items in a list ordered by a column, and a price the database fills in.
 */
@Entity
public class Gallery {

	@Id
	@GeneratedValue
	private Long id;

	@ColumnDefault("1.00")
	@org.hibernate.annotations.Generated
	@Column(insertable = false, updatable = false, precision = 10, scale = 2)
	private BigDecimal initialPrice;

	@ElementCollection
	@CollectionTable(name = "GALLERY_BAG")
	@Column(name = "FILENAME")
	@org.hibernate.annotations.CollectionId(column = @Column(name = "IMAGE_ID"), generator = "increment")
	@org.hibernate.annotations.CollectionIdJdbcTypeCode(java.sql.Types.BIGINT)
	private java.util.Collection<String> bag = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "GALLERY_MAP")
	@MapKeyColumn(name = "FILENAME")
	@Column(name = "IMAGENAME")
	private Map<String, String> byName = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "GALLERY_PICTURES")
	@AttributeOverride(name = "key.name", column = @Column(name = "FILE_NAME"))
	private Map<Filename, Image> byFile = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "GALLERY_SORTED")
	@Column(name = "FILENAME")
	@OrderBy("FILENAME desc")
	private Set<String> sorted = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "GALLERY_FEATURED", joinColumns = @JoinColumn(name = "GALLERY_ID"),
			inverseJoinColumns = @JoinColumn(name = "ITEM_ID"))
	@OrderColumn(name = "POSITION")
	private List<Item> featured = new ArrayList<>();

	protected Gallery() {
	}

}
