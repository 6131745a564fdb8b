package io.github.automigrate.testmodel.kitchensink;

import java.util.List;

/**
 * What Hibernate users write beyond plain JPA, and the JPA corners not covered elsewhere,
 * for the fidelity tests.
 */
public final class KitchenSinkModel {

	public static final List<Class<?>> CLASSES = List.of(Ticket.class, Sheet.class, Token.class, Folder.class,
			Entry.class, Watcher.class, FolderStats.class, Asset.class, Image.class, Clip.class, Notice.class,
			Alert.class, Rate.class, Ranking.class, Badge.class, Allocation.class, Occurrence.class,
			StampedOccurrence.class, Attachment.class);

	private KitchenSinkModel() {
	}

}
