package io.github.automigrate.apply;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.diff.Drift;
import io.github.automigrate.model.Table;
import io.github.automigrate.report.MigrationReport;

/**
 * The history of {@code schema.automigrate.history.enabled=false}: keeps nothing, so
 * every start compares in full.
 */
final class NoHistory implements MigrationHistory {

	static final NoHistory INSTANCE = new NoHistory();

	private NoHistory() {
	}

	@Override
	public List<Table> tables() {
		return List.of();
	}

	@Override
	public boolean exists(JdbcTemplate jdbc, Dialect dialect) {
		return false;
	}

	@Override
	public boolean keepsFingerprints() {
		return false;
	}

	@Override
	public Optional<List<Drift>> recorded(JdbcTemplate jdbc, Dialect dialect, String fingerprint) {
		return Optional.empty();
	}

	@Override
	public void record(JdbcTemplate jdbc, Dialect dialect, MigrationReport report, String checksum, String instance,
			Optional<String> fingerprint) {
	}

	@Override
	public String toString() {
		return "no history";
	}

}
