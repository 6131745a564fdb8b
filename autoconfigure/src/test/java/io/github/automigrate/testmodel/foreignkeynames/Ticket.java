package io.github.automigrate.testmodel.foreignkeynames;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;

/**
 * A support ticket: each association says how its foreign key is named, or that it has
 * none.
 */
@Entity
public class Ticket {

	@Id
	private Long id;

	@ManyToOne
	@JoinColumn(name = "desk_id", foreignKey = @ForeignKey(name = "fk_ticket_desk"))
	private Desk desk;

	@ManyToOne
	@JoinColumn(name = "backup_desk_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
	private Desk backupDesk;

	@ManyToOne
	@NotFound(action = NotFoundAction.IGNORE)
	@JoinColumn(name = "legacy_desk_id")
	private Desk legacyDesk;

	@ManyToOne
	@JoinColumns(
			value = { @JoinColumn(name = "bay_zone", referencedColumnName = "zone"),
					@JoinColumn(name = "bay_number", referencedColumnName = "number") },
			foreignKey = @ForeignKey(name = "fk_ticket_bay"))
	private Bay bay;

	// Hibernate reads the foreign key of @JoinColumns, never that of a join column inside
	// it.
	@ManyToOne
	@JoinColumns({
			@JoinColumn(name = "spare_zone", referencedColumnName = "zone",
					foreignKey = @ForeignKey(name = "fk_ticket_spare_bay")),
			@JoinColumn(name = "spare_number", referencedColumnName = "number") })
	private Bay spareBay;

	@ManyToMany
	@JoinTable(name = "ticket_watcher",
			joinColumns = @JoinColumn(name = "ticket_id", foreignKey = @ForeignKey(name = "fk_watcher_ticket")),
			inverseJoinColumns = @JoinColumn(name = "desk_id", foreignKey = @ForeignKey(name = "fk_watcher_desk")))
	private Set<Desk> watchers = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "ticket_copy",
			joinColumns = @JoinColumn(name = "ticket_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)),
			inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
	private Set<Desk> copies = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "ticket_link", foreignKey = @ForeignKey(name = "fk_link_ticket"),
			inverseForeignKey = @ForeignKey(name = "fk_link_desk"))
	private Set<Desk> links = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "ticket_label",
			joinColumns = @JoinColumn(name = "ticket_id", foreignKey = @ForeignKey(name = "fk_label_ticket")))
	private Set<String> labels = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "ticket_note", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
	private Set<String> notes = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "ticket_tag", foreignKey = @ForeignKey(name = "fk_tag_ticket"))
	private Set<String> tags = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "ticket_stamp")
	private Set<Stamp> stamps = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "ticket_score", foreignKey = @ForeignKey(name = "fk_score_ticket"))
	@MapKeyJoinColumn(name = "desk_id", foreignKey = @ForeignKey(name = "fk_score_desk"))
	@Column(name = "score")
	private Map<Desk, Integer> scores = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "ticket_quota")
	@MapKeyJoinColumn(name = "desk_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
	@Column(name = "quota")
	private Map<Desk, Integer> quotas = new HashMap<>();

	@OneToMany
	@JoinColumn(name = "ticket_id", foreignKey = @ForeignKey(name = "fk_reply_ticket"))
	private Set<Reply> replies = new HashSet<>();

}
