package io.github.automigrate.engine;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.testmodel.kitchensink.KitchenSinkModel;
import io.github.automigrate.testmodel.types.SpecimenBatch;
import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class HsqldbAutoMigrateIntegrationTests extends AbstractAutoMigrateIntegrationTests {

	private static final Refusal TEXT = new Refusal("type not found or user lacks privilege: TEXT",
			"a columnDefinition of \"text\", a type HSQLDB does not have (but in its PostgreSQL or MySQL syntax mode); "
					+ "Hibernate's create fails on it alike");

	private static final String RANKING = "Hibernate cannot create this table on HSQLDB: it declares its unique constraint "
			+ "with a column order (score desc), which HSQLDB's unique constraints do not take; AutoMigrate declares it "
			+ "without, and Hibernate validates the result";

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.hsqldb();
	}

	@Override
	boolean hasCatalogFingerprint() {
		return false;
	}

	@Override
	Map<String, Refusal> modelsThisDatabaseRefuses() {
		return Map.of("Keycloak", TEXT, "RealWorld Conduit", TEXT, "Shopizer", TEXT, "Spring Authorization Server",
				TEXT);
	}

	@Override
	Map<String, String> acceptedDifferences() {
		return Map.of("ranking.id", RANKING, "ranking.score", RANKING, "ranking.name", RANKING);
	}

	@Override
	Map<String, String> acceptedKeyDifferences() {
		return Map.of("index ranking(score, name)", RANKING);
	}

	@Override
	Map<Class<?>, String> entitiesLeftOut() {
		return Map.of(SpecimenBatch.Lot.class, "a nested entity class: Hibernate quotes its default name "
				+ "(SpecimenBatch$Lot, with a dollar sign) on HSQLDB before its naming strategy, so keeps it as written; "
				+ "AutoMigrate's mapping names it as on every database (specimen_batch$lot)");
	}

	/**
	 * Conduit, whose rules the other databases show, declares a text column: the kitchen
	 * sink's rules instead.
	 */
	@Override
	void assertDeleteRulesReachTheDatabase() {
		Migrations.migrate(this.dataSource, KitchenSinkModel.CLASSES);
		assertThat(deleteRules("entry")).containsEntry("watcher", DatabaseMetaData.importedKeySetNull)
			.containsEntry("folder", DatabaseMetaData.importedKeyNoAction);
		assertThat(deleteRules("folder_stats")).containsEntry("folder", DatabaseMetaData.importedKeyCascade);
	}

	/**
	 * Names Hibernate's HSQLDialect quotes itself (a dollar sign, an initial underscore)
	 * are made where it looks.
	 */
	@Test
	void namesHibernateQuotesItselfAreCreatedWhereItLooksForThem() {
		List<Class<?>> model = List.of(LegacyNote.class);
		assertThat(Migrations.migrate(this.dataSource, model).outcome()).isEqualTo(Outcome.APPLIED);
		HibernateSchemaTool.validate(this.database, this.dataSource, model);
		assertThat(Migrations.migrate(this.dataSource, model).statements()).isEmpty();
	}

	@Entity
	@Table(name = "legacy$note")
	static class LegacyNote {

		@Id
		private Long id;

		@Column(name = "_rank")
		private Integer rank;

	}

}
