package io.github.automigrate.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.testmodel.embeddedconverts.Invoice;
import io.github.automigrate.testsupport.ColumnShapes;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.Migrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overrides an embedding attribute applies to the embeddable's attributes, found in
 * Hibernate ORM's own test entities: AutoMigrate migrates an empty database, Hibernate
 * validates the result, a second run does nothing, and the columns match Hibernate's own
 * {@code create}. Subclasses name the database.
 */
abstract class AbstractEmbeddedOverridesIntegrationTests extends AbstractDatabaseTests {

	@Test
	void aConvertOnAnEmbeddedAttributeTypesTheColumnOfTheAttributeItNames() {
		List<Class<?>> model = List.of(Invoice.class);
		MigrationReport report = Migrations.migrate(this.dataSource, model);
		assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
		HibernateSchemaTool.validate(this.database, this.dataSource, model);
		assertThat(Migrations.migrate(this.dataSource, model).statements()).isEmpty();
		DataSource hibernate = this.database.create();
		HibernateSchemaTool.create(this.database, hibernate, model);
		assertThat(differences(ColumnShapes.read(this.dataSource), ColumnShapes.read(hibernate)))
			.as("columns that differ from Hibernate's create")
			.isEmpty();
	}

	private List<String> differences(Map<String, String> ours, Map<String, String> theirs) {
		Set<String> names = new TreeSet<>(ours.keySet());
		names.addAll(theirs.keySet());
		List<String> differences = new ArrayList<>();
		for (String name : names) {
			if (!Objects.equals(ours.get(name), theirs.get(name))) {
				differences.add(name + ": AutoMigrate " + ours.get(name) + ", Hibernate " + theirs.get(name));
			}
		}
		return differences;
	}

}
