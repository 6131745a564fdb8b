package io.github.automigrate.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.testmodel.autoappliedkeys.CountAsTextConverter;
import io.github.automigrate.testmodel.autoappliedkeys.Ticket;
import io.github.automigrate.testmodel.bracketnames.Timetable;
import io.github.automigrate.testmodel.cascadedvalidation.Broadcast;
import io.github.automigrate.testmodel.cascadedvalidation.Radio;
import io.github.automigrate.testmodel.cascadedvalidation.Station;
import io.github.automigrate.testmodel.columnsorformulas.Crate;
import io.github.automigrate.testmodel.columnsorformulas.Pallet;
import io.github.automigrate.testmodel.columnsorformulas.Site;
import io.github.automigrate.testmodel.columnsorformulas.Warehouse;
import io.github.automigrate.testmodel.composedconstraints.Edition;
import io.github.automigrate.testmodel.composedconstraints.Gauge;
import io.github.automigrate.testmodel.compositeonetoone.Berth;
import io.github.automigrate.testmodel.compositeonetoone.Ferry;
import io.github.automigrate.testmodel.customsequence.BoxOfficeTicket;
import io.github.automigrate.testmodel.embeddedelements.Vessel;
import io.github.automigrate.testmodel.embeddedtable.Courier;
import io.github.automigrate.testmodel.foreignkeyrefs.Booking;
import io.github.automigrate.testmodel.foreignkeyrefs.Carrier;
import io.github.automigrate.testmodel.foreignkeyrefs.Depot;
import io.github.automigrate.testmodel.foreignkeyrefs.Lane;
import io.github.automigrate.testmodel.foreignkeyrefs.Route;
import io.github.automigrate.testmodel.foreignkeyrefs.Shipment;
import io.github.automigrate.testmodel.formulacolumns.Parcel;
import io.github.automigrate.testmodel.jsonembeddable.Recipe;
import io.github.automigrate.testmodel.localgenerators.Coupon;
import io.github.automigrate.testmodel.localgenerators.Voucher;
import io.github.automigrate.testmodel.naturalidorder.Corridor;
import io.github.automigrate.testmodel.naturalidorder.Locker;
import io.github.automigrate.testmodel.overriddenjointable.Bookcase;
import io.github.automigrate.testmodel.overriddenjointable.Club;
import io.github.automigrate.testmodel.overriddenjointable.School;
import io.github.automigrate.testmodel.overriddenjointable.Title;
import io.github.automigrate.testmodel.sharedjoincolumn.Desk;
import io.github.automigrate.testmodel.sharedjoincolumn.Drawer;
import io.github.automigrate.testmodel.sharedjoincolumn.Note;
import io.github.automigrate.testmodel.sharedkeycolumn.Hive;
import io.github.automigrate.testmodel.sharedkeycolumn.Orchard;
import io.github.automigrate.testmodel.sharedkeycolumn.Tree;
import io.github.automigrate.testmodel.targetclasses.Hook;
import io.github.automigrate.testmodel.targetclasses.Wardrobe;
import io.github.automigrate.testmodel.unioncollections.Member;
import io.github.automigrate.testmodel.unioncollections.Moderator;
import io.github.automigrate.testmodel.unionnaturalid.Account;
import io.github.automigrate.testmodel.unionnaturalid.LoanAccount;
import io.github.automigrate.testmodel.unionnaturalid.SavingsAccount;
import io.github.automigrate.testmodel.validationgroups.Label;
import io.github.automigrate.testmodel.validationgroups.Shelf;
import io.github.automigrate.testsupport.ColumnShapes;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.KeyShapes;
import io.github.automigrate.testsupport.Migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Models of our own writing, one per cause the local sweep of Hibernate ORM's test
 * packages found, each run as the integration suites run theirs: AutoMigrate migrates an
 * empty database, Hibernate validates the result, a second run does nothing, and columns
 * and keys match Hibernate's own {@code create}. Subclasses name the database and what it
 * accepts.
 */
abstract class AbstractSweepFindingsIntegrationTests extends AbstractDatabaseTests {

	@Test
	void bracketsQuoteAColumnNameAsBackticksDo() {
		assertMigratedLikeHibernate(List.of(Timetable.class));
	}

	@Test
	void aFormulaWithAColumnIsAColumn() {
		assertMigratedLikeHibernate(List.of(Parcel.class));
	}

	@Test
	void aReferencedColumnNameMayNameAForeignKeyColumnOfTheTarget() {
		assertMigratedLikeHibernate(
				List.of(Carrier.class, Depot.class, Route.class, Booking.class, Lane.class, Shipment.class));
	}

	@Test
	void anUnnamedGeneratedValueUsesTheGeneratorDeclaredBesideIt() {
		assertMigratedLikeHibernate(List.of(Voucher.class, Coupon.class));
	}

	@Test
	void aComposedBeanValidationConstraintShapesTheColumnAsItsParts() {
		assertMigratedLikeHibernate(List.of(Edition.class));
	}

	@Test
	void beanValidationConstraintsOnGettersCompositionsAndReferencesShapeColumnsAsHibernateDoes() {
		assertMigratedLikeHibernate(List.of(Gauge.class, Edition.class));
	}

	@Test
	void anInheritedNaturalIdIsUniqueInTheTablePerClassRootsTableOnly() {
		assertMigratedLikeHibernate(List.of(Account.class, SavingsAccount.class, LoanAccount.class));
	}

	@Test
	void aJoinColumnSharedByOneToManysOfSeveralOwnersHasAForeignKeyToEach() {
		assertMigratedLikeHibernate(List.of(Note.class, Desk.class, Drawer.class));
	}

	@Test
	void collectionsInheritedByATablePerClassSubclassGetNoTablesOfTheirOwn() {
		assertMigratedLikeHibernate(List.of(Member.class, Moderator.class));
	}

	@Test
	void aNaturalIdsUniqueKeyListsItsAttributesAlphabetically() {
		assertMigratedLikeHibernate(List.of(Corridor.class, Locker.class));
	}

	@Test
	void mapsDeclaredWithInterfacesAreStoredAsTheirTargetAndKeyClasses() {
		assertMigratedLikeHibernate(List.of(Wardrobe.class, Hook.class));
	}

	@Test
	void beanValidationConstraintsShapeColumnsOnlyInTheGroupsHibernateAppliesToDdl() {
		assertMigratedLikeHibernate(List.of(Label.class, Shelf.class));
	}

	@Test
	void aJoinColumnOrFormulaMadeOfColumnsIsBuiltAsTheJoinColumnsItNames() {
		assertMigratedLikeHibernate(List.of(Pallet.class, Warehouse.class, Site.class, Crate.class));
	}

	@Test
	void lengthDigitsAndTheConstraintsOfValidEmbeddablesShapeColumnsAsHibernateDoes() {
		assertMigratedLikeHibernate(List.of(Radio.class, Station.class, Broadcast.class));
	}

	@Test
	void anAssociationOverridesJoinTableNamesTheCollectionTableAndItsColumns() {
		assertMigratedLikeHibernate(List.of(Club.class, School.class, Bookcase.class, Title.class));
	}

	@Test
	void anEmbeddedTablePutsEveryColumnOfTheEmbeddedValueIntoTheSecondaryTable() {
		assertMigratedLikeHibernate(List.of(Courier.class));
	}

	@Test
	void anAutoAppliedConverterLeavesIdentifiersAndVersionsAlone() {
		assertMigratedLikeHibernate(List.of(Ticket.class, CountAsTextConverter.class));
	}

	@Test
	void anElementCollectionMarkedEmbeddedHoldsEmbeddablesWhateverTheirClassSays() {
		assertMigratedLikeHibernate(List.of(Vessel.class));
	}

	@Test
	void aColumnMappedBasicAndByAToOneTakesTheBasicShapeAndTheDeclaredForeignKeyName() {
		assertMigratedLikeHibernate(List.of(Orchard.class, Tree.class, Hive.class));
	}

	@Test
	void aOneToOneToACompositeKeyIsUniqueOverItsJoinColumns() {
		assertMigratedLikeHibernate(List.of(Berth.class, Ferry.class));
	}

	@Test
	void anEmbeddedValueMappedAsJsonIsOneJsonColumnNamedAfterTheAttribute() {
		if (hibernateMapsJsonEmbeddables()) {
			assertMigratedLikeHibernate(List.of(Recipe.class));
			return;
		}
		// Hibernate's dialect has no JSON aggregate support here: it cannot start with
		// this model, whatever the schema. AutoMigrate still builds it as on the others.
		List<Class<?>> model = List.of(Recipe.class);
		assertThat(Migrations.migrate(this.dataSource, model).outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(Migrations.migrate(this.dataSource, model).statements()).isEmpty();
		assertThat(ColumnShapes.read(this.dataSource))
			.containsKeys("recipe.nutrition_facts", "recipe.serving_json", "recipe.author")
			.doesNotContainKeys("recipe.calories", "recipe.size");
		assertThatException().isThrownBy(() -> HibernateSchemaTool.validate(this.database, this.dataSource, model))
			.withMessageContaining("aggregate");
	}

	@Test
	void aCustomIdGeneratorTypeThatIsASequenceStyleGeneratorDrawsFromTheEntitysSequence() {
		assertMigratedLikeHibernate(List.of(BoxOfficeTicket.class));
	}

	/**
	 * Whether Hibernate's dialect for this database maps an embeddable to one JSON
	 * column.
	 * @return {@code true} unless the subclass says otherwise
	 */
	boolean hibernateMapsJsonEmbeddables() {
		return true;
	}

	void assertMigratedLikeHibernate(List<Class<?>> model) {
		MigrationReport report = Migrations.migrate(this.dataSource, model);
		assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
		HibernateSchemaTool.validate(this.database, this.dataSource, model);
		MigrationReport second = Migrations.migrate(this.dataSource, model);
		assertThat(second.statements()).isEmpty();
		assertThat(second.drift()).isEmpty();
		DataSource hibernate = this.database.create();
		HibernateSchemaTool.create(this.database, hibernate, model);
		assertThat(differences(ColumnShapes.read(this.dataSource), ColumnShapes.read(hibernate)))
			.as("columns that differ from Hibernate's create")
			.isEmpty();
		assertThat(differences(KeyShapes.read(this.dataSource), KeyShapes.read(hibernate)))
			.as("keys that differ from Hibernate's create")
			.isEmpty();
	}

	private List<String> differences(Map<String, String> ours, Map<String, String> theirs) {
		Set<String> names = new TreeSet<>(ours.keySet());
		names.addAll(theirs.keySet());
		List<String> differences = new ArrayList<>();
		for (String name : names) {
			String mine = ours.get(name);
			String hibernate = theirs.get(name);
			if (!Objects.equals(mine, hibernate) && acceptedDifference(name, mine, hibernate) == null) {
				differences.add(name + ": AutoMigrate " + mine + ", Hibernate " + hibernate);
			}
		}
		return differences;
	}

	/**
	 * Why a difference from Hibernate's create is what this database should have, or
	 * {@code null}: a defect.
	 * @param name the column ({@code table.column}) or key ({@code fk table(columns)})
	 * that differs
	 * @param ours its shape in AutoMigrate's schema, or {@code null}
	 * @param theirs its shape in Hibernate's, or {@code null}
	 * @return the reason, or {@code null}
	 */
	@Nullable String acceptedDifference(String name, @Nullable String ours, @Nullable String theirs) {
		if (ours != null && theirs != null && ours.startsWith("unique uk") && theirs.startsWith("unique ")
				&& !theirs.startsWith("unique uk")) {
			return "Hibernate leaves this unique key to the database to name; the key is the same";
		}
		return null;
	}

}
