package io.github.automigrate.apply;

import java.util.Optional;

import io.github.automigrate.diff.SchemaDiff;

/**
 * One comparison of the expected schema with the catalog.
 *
 * @param diff what it found
 * @param fingerprint the catalog's fingerprint, when it was read before the comparison
 * and again after, and held still: the state this comparison saw
 */
record CatalogComparison(SchemaDiff diff, Optional<String> fingerprint) {

	/**
	 * The fingerprint a run records for a later start to skip its comparison: only when
	 * this comparison found nothing to create (drift aside) and the catalog held still
	 * while it read.
	 * @return the fingerprint, or empty
	 */
	Optional<String> nothingToDo() {
		return this.diff.changes().isEmpty() ? this.fingerprint : Optional.empty();
	}

	/**
	 * Whether the catalog is still as this comparison saw it.
	 * @param now the catalog's fingerprint now
	 * @return true when both are known and equal
	 */
	boolean stillHolds(Optional<String> now) {
		return this.fingerprint.isPresent() && this.fingerprint.equals(now);
	}

}
