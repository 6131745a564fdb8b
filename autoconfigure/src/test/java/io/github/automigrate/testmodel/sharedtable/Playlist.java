package io.github.automigrate.testmodel.sharedtable;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * A playlist that also reads its entries' track ids as a set of strings, from the
 * entries' own table.
 */
@Entity
public class Playlist {

	@Id
	@Column(length = 36)
	private String id;

	@ElementCollection
	@CollectionTable(name = "PLAYLIST_ENTRY", joinColumns = @JoinColumn(name = "PLAYLIST_ID"))
	@Column(name = "TRACK_ID")
	private Set<String> trackIds = new HashSet<>();

}
