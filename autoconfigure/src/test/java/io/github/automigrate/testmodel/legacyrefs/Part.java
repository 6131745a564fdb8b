package io.github.automigrate.testmodel.legacyrefs;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * A part of a legacy schema, referred to by its part number (not its key) in upper case:
 * {@code partNumber} is physically {@code part_number}, logically {@code partNumber}, and
 * {@code PARTNUMBER} names it, ignoring case.
 */
@Entity
@Table(name = "PART_MASTER")
public class Part {

	@Id
	private Long id;

	private String partNumber;

	@Column(name = "PART_REV", length = 8)
	private String revision;

	@ElementCollection
	@CollectionTable(name = "PART_ALIAS",
			joinColumns = @JoinColumn(name = "ALIAS_PART_NO", referencedColumnName = "PARTNUMBER"))
	@Column(name = "ALIAS", length = 40)
	private List<String> aliases = new ArrayList<>();

	@OneToMany
	@JoinColumn(name = "NOTE_PART_NO", referencedColumnName = "PartNumber")
	private List<PartNote> notes = new ArrayList<>();

}
