package io.github.automigrate.testsupport;

import java.util.Locale;
import java.util.regex.Pattern;

import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;

/**
 * The guard over the whole suite: every migration a test runs through {@link Migrations}
 * has each statement it executed checked here, independently of the product's own guard.
 * None may drop, rename, empty, delete, change a type or tighten nullability.
 */
public final class AdditiveGuard {

	private static final Pattern DESTRUCTIVE = Pattern.compile("\\b(drop|rename|truncate|delete|modify|change)\\b"
			+ "|\\balter\\s+column\\b|\\bset\\s+not\\s+null\\b|\\bset\\s+data\\s+type\\b|^\\s*update\\b");

	private AdditiveGuard() {
	}

	/**
	 * Fails when a statement a run executed is not additive.
	 * @param report the run's report
	 * @return the report
	 */
	public static MigrationReport check(MigrationReport report) {
		for (StatementReport statement : report.statements()) {
			if (statement.status() != StatementReport.Status.APPLIED) {
				continue;
			}
			for (String sql : statement.sql()) {
				// A foreign key's "on delete cascade" declares a rule; it deletes
				// nothing.
				String withoutNames = sql.replaceAll("\"[^\"]*\"|`[^`]*`|'[^']*'", "x")
					.toLowerCase(Locale.ROOT)
					.replaceAll("\\bon delete (cascade|set null|set default|restrict)\\b", "");
				if (DESTRUCTIVE.matcher(withoutNames).find()) {
					throw new AssertionError("AutoMigrate executed a statement that is not additive: " + sql);
				}
			}
		}
		return report;
	}

}
