package io.github.automigrate.published;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts, per model, database and starting point, the differences from Hibernate's
 * {@code create} (those no reason accepts) that AutoMigrate leaves and that Hibernate's
 * own {@code update} leaves, and whether Hibernate's {@code validate} then accepts the
 * schema; written as a Markdown table to {@code target/published-models/} and to the test
 * output.
 */
final class DifferenceTally {

	/**
	 * One row.
	 *
	 * @param model the model
	 * @param database the database
	 * @param start the starting point: an empty database, or one that holds rows with
	 * some columns and a table dropped
	 * @param autoMigrate what AutoMigrate leaves: a count, or why there is none
	 * @param hibernateUpdate what Hibernate's update leaves
	 * @param updateValidates whether Hibernate's validate accepts what its update left
	 */
	record Row(String model, String database, String start, String autoMigrate, String hibernateUpdate,
			boolean updateValidates) {

		String markdown() {
			return "| " + this.model + " | " + this.database + " | " + this.start + " | " + this.autoMigrate + " | "
					+ this.hibernateUpdate + (this.updateValidates ? "" : " (validate fails)") + " |";
		}

	}

	private final List<Row> rows = new ArrayList<>();

	synchronized void add(Row row) {
		this.rows.add(row);
		System.out.println("[published-models] " + row.markdown());
	}

	synchronized void write(String database) {
		List<String> lines = new ArrayList<>(List.of(
				"| model | database | start | AutoMigrate: differences from Hibernate's create | Hibernate update: differences |",
				"|---|---|---|---|---|"));
		this.rows.stream().map(Row::markdown).forEach(lines::add);
		try {
			Path directory = Files.createDirectories(Path.of("target", "published-models"));
			Files.write(directory.resolve("differences-" + database.toLowerCase(java.util.Locale.ROOT) + ".md"), lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println(String.join(System.lineSeparator(), lines));
	}

}
