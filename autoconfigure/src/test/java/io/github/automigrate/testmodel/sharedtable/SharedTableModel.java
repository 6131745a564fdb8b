package io.github.automigrate.testmodel.sharedtable;

import java.util.List;

/**
 * A table mapped twice: as an entity with an {@code @IdClass} key of references, and as
 * another entity's element collection of ids. The collection's owner comes first, so its
 * mapping of a column reaches the table first.
 */
public final class SharedTableModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Playlist.class, Track.class, PlaylistEntry.class);

	private SharedTableModel() {
	}

}
