package io.github.automigrate.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;
import io.github.automigrate.report.MigrationReport;

/**
 * One application instance in its own JVM, for the tests that start several processes at
 * once or kill one: migrates the database at {@code args[0]} (user {@code args[1]},
 * password {@code args[2]}) to the shop model, or with {@code args[3] = N} to N generated
 * tables, prints the outcome and exits 0 when the run did not fail.
 */
public final class MigrateMain {

	private MigrateMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		// Processes started one after the other begin their runs together (a start time,
		// as -DstartAt=epoch millis).
		long startAt = Long.getLong("startAt", 0);
		Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
		DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
		MappedSchema expected = (args.length > 3) ? generated(Integer.parseInt(args[3]))
				: new io.github.automigrate.mapping.jpa.EntityMappingReader().read(ShopModel.CLASSES);
		MigrationReport report = new SchemaMigrator(dataSource)
			.migrate(MigrationRequest.of(expected, List.of("test"), List.of(), false, true));
		System.out.println("OUTCOME " + report.outcome() + " EXECUTED " + report.executedCount());
		System.exit((report.outcome() == MigrationReport.Outcome.FAILED) ? 1 : 0);
	}

	/**
	 * A schema of generated tables: a plan long enough to be interrupted.
	 * @param count the number of tables
	 * @return the schema
	 */
	public static MappedSchema generated(int count) {
		List<Table> tables = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<Column> columns = new ArrayList<>();
			columns.add(Column.builder("id", ColumnType.of(TypeKind.BIGINT)).nullable(false).build());
			for (int c = 0; c < 8; c++) {
				columns.add(Column.builder("value_" + c, ColumnType.ofLength(TypeKind.VARCHAR, 100)).build());
			}
			tables.add(Table.builder(new TableName(null, new Identifier("generated_" + i, false)))
				.columns(columns)
				.primaryKey(List.of(new Identifier("id", false)))
				.build());
		}
		return new MappedSchema(new Schema(tables, List.of()), List.of());
	}

}
