package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Where a column stands in its table, so that {@code CREATE TABLE} lists the columns in
 * an order that does not depend on the order the entities are read in (a positional
 * {@code INSERT INTO t VALUES (...)} depends on it): first the table's own columns, then
 * those of each single-table subclass, then the columns other mappings contribute (a
 * unidirectional one-to-many's key and order column). Columns of one placement keep the
 * order they were bound in, which is their attributes' declaration order.
 *
 * @param rank own, subclass or contributed
 * @param group orders the placements of one rank: a subclass's path below the root, a
 * contributor's class name
 */
record ColumnPlacement(int rank, String group) implements Comparable<ColumnPlacement> {

	static final ColumnPlacement OWN = new ColumnPlacement(0, "");

	private static final Comparator<ColumnPlacement> ORDER = Comparator.comparingInt(ColumnPlacement::rank)
		.thenComparing(ColumnPlacement::group);

	/**
	 * The columns a single-table subclass adds: after its parent's, before its parent's
	 * next sibling's; siblings by class name.
	 * @param subclass an entity below the root of a single-table hierarchy
	 * @return its placement
	 */
	static ColumnPlacement subclass(Class<?> subclass) {
		List<String> path = new ArrayList<>();
		for (Class<?> type = subclass; EntityInfo.parentEntity(type) != null; type = EntityInfo.parentEntity(type)) {
			path.add(type.getName());
		}
		Collections.reverse(path);
		// NUL sorts before every character of a class name: a parent's path is a prefix
		// that sorts first.
		return new ColumnPlacement(1, String.join("\0", path));
	}

	/**
	 * The columns another entity's mapping puts into this table, after all of the table's
	 * own.
	 * @param contributor the entity whose attribute maps them
	 * @return their placement
	 */
	static ColumnPlacement contributedBy(Class<?> contributor) {
		return new ColumnPlacement(2, contributor.getName());
	}

	@Override
	public int compareTo(ColumnPlacement other) {
		return ORDER.compare(this, other);
	}

}
