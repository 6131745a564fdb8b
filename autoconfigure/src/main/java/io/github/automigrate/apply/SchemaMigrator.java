package io.github.automigrate.apply;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.github.automigrate.report.MigrationReport;

/**
 * Runs the database side of the pipeline on one connection: read the schema, diff, plan;
 * if there is anything to do, take the schema lock, read and plan again, apply, and read
 * once more to verify that nothing is left to do.
 */
public final class SchemaMigrator {

	private final DataSource dataSource;

	public SchemaMigrator(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * The DataSource this migrator migrates: the one whose history the endpoint reads.
	 * @return the DataSource
	 */
	public DataSource getDataSource() {
		return this.dataSource;
	}

	/**
	 * Whether this migrator migrates the given data source, so that Spring Boot can tell
	 * who manages its schema.
	 * @param candidate a data source of the application
	 * @return whether it is the one this migrator migrates
	 */
	public boolean migrates(DataSource candidate) {
		return candidate.equals(this.dataSource);
	}

	/**
	 * Migrates the database to the expected schema, additively.
	 * @param request what to do
	 * @return the report of the run
	 * @throws MigrationFailedException if the run fails and {@code request.failOnError()}
	 * is set
	 */
	public MigrationReport migrate(MigrationRequest request) {
		MigrationReport.Builder report = MigrationRun.report(request);
		try (Connection connection = this.dataSource.getConnection()) {
			return MigrationRun.execute(request, report, connection);
		}
		catch (MigrationFailedException ex) {
			throw ex;
		}
		catch (SQLException | RuntimeException ex) {
			String error = "AutoMigrate could not migrate the schema: " + PlanApplier.rootMessage(ex);
			if (request.failOnError()) {
				throw new MigrationFailedException(error, report.failed(error), ex);
			}
			return report.failed(error);
		}
	}

}
