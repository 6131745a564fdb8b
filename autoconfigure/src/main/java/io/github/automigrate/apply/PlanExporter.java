package io.github.automigrate.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.plan.PlannedChange;
import io.github.automigrate.plan.PlannedStatement;

/**
 * Writes a run's plan as a Flyway versioned migration,
 * {@code V<timestamp>__automigrate.sql}: the way out to versioned migrations. Statements
 * AutoMigrate cannot make on this database are kept as comments.
 */
final class PlanExporter {

	private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private PlanExporter() {
	}

	/**
	 * Writes the plan, unless it has nothing to execute.
	 * @param plan the plan
	 * @param directory the directory
	 * @param database the database, for the header
	 * @return the file written, or {@code null}
	 */
	static @Nullable Path export(MigrationPlan plan, Path directory, String database) {
		if (plan.executable().isEmpty()) {
			return null;
		}
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve("V" + VERSION.format(now) + "__automigrate.sql");
			Files.writeString(file, script(plan, database, now), StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("AutoMigrate could not write its plan to " + directory, ex);
		}
	}

	/**
	 * The script of a plan: a header, then each statement after one comment line per
	 * change it makes.
	 * @param plan the plan
	 * @param database the database, for the header
	 * @param at when the plan was made, for the header
	 * @return the script's text
	 */
	static String script(MigrationPlan plan, String database, ZonedDateTime at) {
		StringBuilder script = new StringBuilder("-- AutoMigrate plan for " + database + ", " + at + "\n");
		for (PlannedStatement statement : plan.statements()) {
			script.append('\n');
			// One header per change, so that a statement making several says which.
			for (PlannedChange planned : statement.changes()) {
				script.append("-- ")
					.append(planned.change().description())
					.append(" [")
					.append(planned.safety())
					.append("]\n");
				if (planned.note() != null) {
					script.append("-- ").append(planned.note()).append('\n');
				}
			}
			for (String sql : statement.sql()) {
				script.append(statement.executable() ? "" : "-- ").append(sql).append(";\n");
			}
		}
		return script.toString();
	}

}
