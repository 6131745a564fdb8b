package io.github.automigrate.apply;

import java.util.List;
import java.util.Optional;

import io.github.automigrate.diff.Drift;

/**
 * What a start learns from the fingerprint before it compares anything: that a run
 * recorded this very state (nothing to do), that it must compare, or that it is the first
 * start (work to do: the history table at least).
 */
sealed interface SteadyState {

	/**
	 * Asks the history. Whether the history exists is asked first, so that a first start
	 * does not make the driver log a failed query on it.
	 * @param history the history
	 * @param historyExists whether it exists
	 * @param comparer the comparer, which reads the fingerprint
	 * @param session the run's connection
	 * @return what the start learned
	 */
	static SteadyState check(MigrationHistory history, boolean historyExists, SchemaComparer comparer,
			Session session) {
		if (!comparer.fingerprints()) {
			return new Compare(Optional.empty());
		}
		if (!historyExists) {
			return new FirstStart();
		}
		Optional<String> now = comparer.fingerprint();
		Optional<List<Drift>> recorded = now
			.flatMap((fingerprint) -> history.recorded(session.jdbc(), session.dialect(), fingerprint));
		return recorded.<SteadyState>map((drift) -> new Recorded(now.get(), drift)).orElseGet(() -> new Compare(now));
	}

	/**
	 * The fingerprint the first comparison starts from.
	 * @return it, or empty for a comparison that reads none before
	 */
	Optional<String> fingerprint();

	/**
	 * The entities and the catalog are as a run found them that had nothing to do but
	 * this drift.
	 *
	 * @param current the fingerprint of both
	 * @param drift the drift that run found
	 */
	record Recorded(String current, List<Drift> drift) implements SteadyState {

		@Override
		public Optional<String> fingerprint() {
			return Optional.of(this.current);
		}

	}

	/**
	 * No run recorded this state (or the run does not fingerprint): compare.
	 *
	 * @param fingerprint the fingerprint just read, which the first comparison starts
	 * from
	 */
	record Compare(Optional<String> fingerprint) implements SteadyState {

	}

	/**
	 * No history yet: there is work to do, so the run plans under the lock only and
	 * fingerprints nothing before.
	 */
	record FirstStart() implements SteadyState {

		@Override
		public Optional<String> fingerprint() {
			return Optional.empty();
		}

	}

}
