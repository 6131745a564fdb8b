package io.github.automigrate.diff;

import java.util.List;

/**
 * What the database lacks, in the order it must be created, and the drift left alone.
 *
 * @param changes the missing objects
 * @param drift the differences that are reported only
 */
public record SchemaDiff(List<SchemaChange> changes, List<Drift> drift) {

	public SchemaDiff {
		changes = List.copyOf(changes);
		drift = List.copyOf(drift);
	}

}
