package io.github.automigrate.testmodel.conduit;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Shaped after the Conduit favourite: an {@code @EmbeddedId} that holds the two
 * references itself, so the key's columns are the join columns Hibernate names
 * {@code article_id} and {@code user_id}.
 */
@Entity
@Table(name = "article_favorites")
public class ArticleFavorite {

	@EmbeddedId
	private Key id;

	/** The key: the article and the user who favours it. */
	@Embeddable
	public static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		@ManyToOne
		private Article article;

		@ManyToOne
		private ConduitUser user;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && java.util.Objects.equals(this.article, key.article)
					&& java.util.Objects.equals(this.user, key.user);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.article, this.user);
		}

	}

}
