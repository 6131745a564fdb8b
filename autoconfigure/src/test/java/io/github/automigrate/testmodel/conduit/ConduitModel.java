package io.github.automigrate.testmodel.conduit;

import java.util.List;

/** The RealWorld "Conduit" blogging app in JPA, for the fidelity tests. */
public final class ConduitModel {

	public static final List<Class<?>> CLASSES = List.of(ConduitUser.class, Article.class, Tag.class, Comment.class,
			Follow.class, ArticleFavorite.class);

	private ConduitModel() {
	}

}
