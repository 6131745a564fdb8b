package io.github.automigrate.autoconfigure;

import java.sql.SQLException;
import java.util.Locale;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.github.automigrate.apply.HistoryTableConflictException;
import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.dialect.SchemaLock;
import io.github.automigrate.dialect.UnsupportedDatabaseException;
import io.github.automigrate.model.ExpectedSchemaException;

/**
 * Explains a failed migration at start-up: what failed (the change, the SQL, the
 * database's error) and the action that fits the cause.
 */
class AutoMigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrationFailedException> {

	private static final String ANYWAY = " To start anyway and see the failure in the report (/actuator/automigrate), set "
			+ "schema.automigrate.fail-on-error=false; to plan without executing, set schema.automigrate.dry-run=true.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationFailedException cause) {
		return new FailureAnalysis(cause.getMessage(), action(cause) + ANYWAY, cause);
	}

	private String action(MigrationFailedException failure) {
		if (findCause(failure, SchemaLock.LockTimeoutException.class) != null) {
			return "Another instance is migrating this database, or died holding the lock (MySQL and PostgreSQL release it "
					+ "when its connection closes). Wait for it, or raise schema.automigrate.lock-timeout.";
		}
		if (findCause(failure, UnsupportedDatabaseException.class) != null) {
			return "Use SQLite, H2, MySQL, MariaDB or PostgreSQL, or set schema.automigrate.enabled=false.";
		}
		HistoryTableConflictException history = findCause(failure, HistoryTableConflictException.class);
		if (history != null) {
			return "Name AutoMigrate's history table after no table of yours: set "
					+ HistoryTableConflictException.PROPERTY
					+ " to another name (AutoMigrate creates it), or schema.automigrate.history.enabled=false to keep no "
					+ "history. AutoMigrate never changes a table it did not create.";
		}
		ExpectedSchemaException mapping = findCause(failure, ExpectedSchemaException.class);
		if (mapping != null) {
			return mapping.getAction();
		}
		SQLException sql = findCause(failure, SQLException.class);
		String state = (sql != null && sql.getSQLState() != null) ? sql.getSQLState() : "";
		if (state.equals("42501") || (sql != null && (sql.getErrorCode() == 1142 || sql.getErrorCode() == 1044))) {
			return "The database user may not change the schema: grant it CREATE and ALTER (and REFERENCES for foreign "
					+ "keys) on this database; or give AutoMigrate a privileged user of its own, with "
					+ "schema.automigrate.user and schema.automigrate.password (and schema.automigrate.url for another "
					+ "database) or a DataSource bean marked @AutoMigrateDataSource, while the application keeps its "
					+ "own; or let a privileged user migrate it first (export the plan with "
					+ "schema.automigrate.script-location).";
		}
		String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
		if (state.equals("25006") || message.contains("read only") || message.contains("read-only")
				|| message.contains("readonly")) {
			return "The database is read-only: connect to a writable one, or set schema.automigrate.enabled=false.";
		}
		return "Fix the cause above and restart.";
	}

}
