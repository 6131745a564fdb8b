package io.github.automigrate.testmodel.kitchensink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

/**
 * A one-to-many with {@code @JoinColumn} and {@code @OrderColumn}, a map of strings and a
 * list of embeddables in collection tables, and a many-to-many, each with named foreign
 * keys (and indexes declared on the collection and join tables).
 */
@Entity
public class Folder {

	@Id
	@GeneratedValue
	private Long id;

	private String name;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "folder_id", foreignKey = @ForeignKey(name = "fk_entry_folder"))
	@OrderColumn(name = "position")
	private List<Entry> entries = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "folder_labels", joinColumns = @JoinColumn(name = "folder_id"),
			foreignKey = @ForeignKey(name = "fk_folder_labels_folder"),
			indexes = @Index(name = "ix_folder_labels_value", columnList = "label_value"))
	@MapKeyColumn(name = "label_key", length = 64)
	@Column(name = "label_value", length = 512)
	private Map<String, String> labels = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "folder_periods", foreignKey = @ForeignKey(name = "fk_folder_periods_folder"))
	@AttributeOverride(name = "start", column = @Column(name = "period_start", nullable = false))
	@AttributeOverride(name = "label", column = @Column(name = "period_label", length = 40))
	private List<Period> periods = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "folder_watchers", joinColumns = @JoinColumn(name = "folder_id"),
			inverseJoinColumns = @JoinColumn(name = "watcher_id"), foreignKey = @ForeignKey(name = "fk_watch_folder"),
			inverseForeignKey = @ForeignKey(name = "fk_watch_watcher"),
			indexes = @Index(name = "ix_watch_watcher", columnList = "watcher_id"))
	private Set<Watcher> watchers = new HashSet<>();

}
