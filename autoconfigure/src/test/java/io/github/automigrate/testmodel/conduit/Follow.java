package io.github.automigrate.testmodel.conduit;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/**
 * Shaped after the Conduit follow relation as its own entity: a composite
 * {@code @EmbeddedId} of two user ids, each part mapped by a reference with
 * {@code @MapsId}.
 */
@Entity
@Table(name = "follows")
public class Follow {

	@EmbeddedId
	private FollowId id;

	@MapsId("followerId")
	@ManyToOne
	@JoinColumn(name = "follower_id")
	private ConduitUser follower;

	@MapsId("followeeId")
	@ManyToOne
	@JoinColumn(name = "followee_id")
	private ConduitUser followee;

	@Column(name = "followed_at", nullable = false)
	private Instant followedAt;

	/** The key: who follows whom. */
	@Embeddable
	public static class FollowId implements Serializable {

		private static final long serialVersionUID = 1L;

		private Long followerId;

		private Long followeeId;

		@Override
		public boolean equals(Object other) {
			return other instanceof FollowId that && java.util.Objects.equals(this.followerId, that.followerId)
					&& java.util.Objects.equals(this.followeeId, that.followeeId);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.followerId, this.followeeId);
		}

	}

}
