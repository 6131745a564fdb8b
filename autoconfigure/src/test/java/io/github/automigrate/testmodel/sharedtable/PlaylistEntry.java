package io.github.automigrate.testmodel.sharedtable;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A track on a playlist, keyed by both references; its key class names them by their
 * entities.
 */
@Entity
@Table(name = "PLAYLIST_ENTRY")
@IdClass(PlaylistEntry.Key.class)
public class PlaylistEntry {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "PLAYLIST_ID")
	private Playlist playlist;

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "TRACK_ID")
	private Track track;

	/** The key: the two references, typed by their entities. */
	public static class Key implements Serializable {

		private Playlist playlist;

		private Track track;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.playlist, key.playlist)
					&& Objects.equals(this.track, key.track);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.playlist, this.track);
		}

	}

}
