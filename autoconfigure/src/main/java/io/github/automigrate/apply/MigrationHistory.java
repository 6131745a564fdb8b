package io.github.automigrate.apply;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.diff.Drift;
import io.github.automigrate.model.Table;
import io.github.automigrate.report.MigrationReport;

/**
 * Where a run records itself, and where a later start learns that nothing changed since a
 * run that found nothing to do: AutoMigrate's {@linkplain #table(String) history table},
 * or {@linkplain #none() none}.
 */
public interface MigrationHistory {

	/**
	 * The history table of the given name, created like any mapped table.
	 * @param name the table's name
	 * @return the history
	 */
	static MigrationHistory table(String name) {
		return new HistoryTable(name);
	}

	/**
	 * No history: runs are not recorded, and every start compares in full.
	 * @return the history that keeps nothing
	 */
	static MigrationHistory none() {
		return NoHistory.INSTANCE;
	}

	/**
	 * The tables this history keeps its rows in, which the run creates with the mapped
	 * ones.
	 * @return the tables, none for no history
	 */
	List<Table> tables();

	/**
	 * Whether the history exists already. One that does must be AutoMigrate's: the run
	 * stops before it reads or changes anything else.
	 * @param jdbc the template, on the run's connection
	 * @param dialect the dialect
	 * @return true if it exists
	 * @throws HistoryTableConflictException if a table of its name is not AutoMigrate's
	 * history
	 */
	boolean exists(JdbcTemplate jdbc, Dialect dialect);

	/**
	 * Whether this history remembers the fingerprints of runs that found nothing to do,
	 * so that a start may skip its comparison.
	 * @return true if it does
	 */
	boolean keepsFingerprints();

	/**
	 * The drift of a run that recorded this fingerprint: with the same entities and
	 * catalog, it found nothing to do but that drift.
	 * @param jdbc the template, on the run's connection
	 * @param dialect the dialect
	 * @param fingerprint the fingerprint
	 * @return the drift, or empty when no run recorded the fingerprint
	 */
	Optional<List<Drift>> recorded(JdbcTemplate jdbc, Dialect dialect, String fingerprint);

	/**
	 * Records a run and its statements.
	 * @param jdbc the template, on the run's connection
	 * @param dialect the dialect
	 * @param report the run's report
	 * @param checksum the plan's checksum
	 * @param instance who ran it
	 * @param fingerprint the run's fingerprint, when it found nothing to do
	 */
	void record(JdbcTemplate jdbc, Dialect dialect, MigrationReport report, String checksum, String instance,
			Optional<String> fingerprint);

}
