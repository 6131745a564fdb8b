package io.github.automigrate.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.diff.Drift;
import io.github.automigrate.mapping.jpa.ConstraintNames;
import io.github.automigrate.mapping.jpa.EntityMappingReader;
import io.github.automigrate.mapping.jpa.NamingSettings;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;
import io.github.automigrate.plan.Safety;
import io.github.automigrate.report.DriftReport;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Comparison;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.report.StatementReport.Status;
import io.github.automigrate.testmodel.collections.CollectionsModel;
import io.github.automigrate.testmodel.rich.RichModel;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testmodel.shop.Order;
import io.github.automigrate.testmodel.shop.OrderLine;
import io.github.automigrate.testmodel.shop.Product;
import io.github.automigrate.testmodel.shop.Shipment;
import io.github.automigrate.testmodel.shopv2.Invoice;
import io.github.automigrate.testsupport.ColumnShapes;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.KeyShapes;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.RowCounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The engine's behaviour, on a real database: one subclass per database kind.
 */
abstract class AbstractAutoMigrateIntegrationTests extends AbstractDatabaseTests {

	static final List<Class<?>> SHOP = List.of(Customer.class, Order.class, OrderLine.class, Product.class,
			Shipment.class);

	static final List<Class<?>> SHOP_V2 = List.of(io.github.automigrate.testmodel.shopv2.Customer.class, Invoice.class);

	/**
	 * What AutoMigrate creates is what Hibernate creates and validates, model by model.
	 */
	@Nested
	class Fidelity {

		@Test
		void emptyDatabaseGetsEveryTableAndHibernateValidatesIt() {
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
			assertThat(report.statements()).extracting(StatementReport::status).containsOnly(Status.APPLIED);
			assertThat(report.statements()).extracting(StatementReport::change)
				.contains("create table customers", "create table order", "create table order_line",
						"create table product");
			HibernateSchemaTool.validate(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
		}

		@Test
		void columnsMatchWhatHibernateCreates() {
			assertColumnsMatchHibernate(SHOP);
		}

		@Test
		void richModelIsValidatedByHibernateAndMatchesItsCreate() {
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource,
					RichModel.CLASSES);
			assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
			MigrationReport second = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource,
					RichModel.CLASSES);
			assertThat(second.statements()).isEmpty();
			assertThat(second.drift()).isEmpty();
			HibernateSchemaTool.validate(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, RichModel.CLASSES);
		}

		/**
		 * Models shaped after public projects, and sweeps of what Hibernate users write.
		 */
		static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> realWorldModels() {
			return java.util.stream.Stream.of(
					arguments("spring-petclinic", io.github.automigrate.testmodel.petclinic.PetClinicModel.CLASSES),
					arguments("JHipster sample app", io.github.automigrate.testmodel.jhipster.JHipsterModel.CLASSES),
					arguments("Spring Data JPA samples",
							io.github.automigrate.testmodel.springdata.SpringDataModel.CLASSES),
					arguments("type sweep", io.github.automigrate.testmodel.types.TypesModel.CLASSES),
					arguments("Keycloak", io.github.automigrate.testmodel.keycloak.KeycloakModel.CLASSES),
					arguments("RealWorld Conduit", io.github.automigrate.testmodel.conduit.ConduitModel.CLASSES),
					arguments("Hibernate kitchen sink",
							io.github.automigrate.testmodel.kitchensink.KitchenSinkModel.CLASSES),
					arguments("Shopizer", io.github.automigrate.testmodel.shopizer.ShopizerModel.CLASSES),
					arguments("CaveatEmptor", io.github.automigrate.testmodel.caveatemptor.CaveatEmptorModel.CLASSES),
					arguments("Axon-style event store",
							io.github.automigrate.testmodel.eventstore.EventStoreModel.CLASSES),
					arguments("Spring Authorization Server",
							io.github.automigrate.testmodel.authserver.AuthServerModel.CLASSES),
					arguments("ThingsBoard-style IoT platform", io.github.automigrate.testmodel.iot.IotModel.CLASSES),
					arguments("Spring Data Envers example, audited",
							io.github.automigrate.testmodel.audited.AuditedModel.CLASSES));
		}

		@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
		@org.junit.jupiter.params.provider.MethodSource("realWorldModels")
		void realWorldModelIsValidatedByHibernateAndMatchesItsCreate(String name, List<Class<?>> model) {
			assertMigratedLikeHibernateUnlessRefused(name, model);
		}

		/**
		 * Shapes of JPA models that Hibernate 7.4 maps and a scan or a mapping can miss.
		 */
		static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> jpaShapeModels() {
			return java.util.stream.Stream.of(
					arguments("abstract entity roots",
							io.github.automigrate.testmodel.hierarchies.HierarchiesModel.CLASSES),
					arguments("entities listed without their roots",
							io.github.automigrate.testmodel.hierarchies.HierarchiesModel.CONCRETE),
					arguments("classes embedded without @Embeddable",
							io.github.automigrate.testmodel.plainembedded.PlainEmbeddedModel.CLASSES),
					arguments("implicit sequences of quoted tables",
							io.github.automigrate.testmodel.sequences.SequencesModel.CLASSES),
					arguments("identifier shapes", io.github.automigrate.testmodel.idshapes.IdShapesModel.CLASSES),
					arguments("java.sql.Blob and Clob attributes",
							io.github.automigrate.testmodel.locators.LocatorsModel.CLASSES),
					arguments("order and map key columns in the target's table",
							io.github.automigrate.testmodel.inversekeys.InverseKeysModel.CLASSES),
					arguments("class-level attribute overrides, by dotted paths too",
							io.github.automigrate.testmodel.classoverrides.ClassOverridesModel.CLASSES),
					arguments("indexes and unique constraints of secondary tables",
							io.github.automigrate.testmodel.secondaryindexes.SecondaryIndexesModel.CLASSES),
					arguments("@IdClass keys naming a reference by its entity or its id",
							io.github.automigrate.testmodel.idclassrefs.IdClassRefsModel.CLASSES),
					arguments("unidirectional one-to-many sets keyed by their elements",
							io.github.automigrate.testmodel.onetomanysets.OneToManySetsModel.CLASSES),
					arguments("a table mapped by an entity and by another's element collection",
							io.github.automigrate.testmodel.sharedtable.SharedTableModel.CLASSES),
					arguments("foreign keys named or left out where they are declared",
							io.github.automigrate.testmodel.foreignkeynames.ForeignKeyNamesModel.CLASSES),
					arguments("implicit key names of quoted tables and columns",
							io.github.automigrate.testmodel.quotednames.QuotedNamesModel.CLASSES),
					arguments("references to composite keys declared out of Hibernate's key order",
							io.github.automigrate.testmodel.compositerefs.CompositeRefsModel.CLASSES),
					arguments("sequences and tables of Hibernate's legacy @GenericGenerator",
							io.github.automigrate.testmodel.legacygenerators.LegacyGeneratorsModel.CLASSES),
					arguments("generators used only by a bag's @CollectionId",
							io.github.automigrate.testmodel.idbaggenerators.IdBagGeneratorsModel.CLASSES),
					arguments("identifiers on getters with an @Access of their own",
							io.github.automigrate.testmodel.idaccess.IdAccessModel.CLASSES),
					arguments("embeddables read through their getters",
							io.github.automigrate.testmodel.propertyembeddables.PropertyEmbeddablesModel.CLASSES));
		}

		@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
		@org.junit.jupiter.params.provider.MethodSource("jpaShapeModels")
		void jpaShapeModelIsValidatedByHibernateAndMatchesItsCreate(String name, List<Class<?>> model) {
			assertMigratedLikeHibernateUnlessRefused(name, model);
		}

		@Test
		void collectionTablesAreBuiltAsHibernateBuildsThemAndTakeItsRows() {
			assertMigratedLikeHibernate(CollectionsModel.CLASSES);
			HibernateSchemaTool.inSession(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, CollectionsModel.CLASSES,
					CollectionsModel::persistSamples);
			HibernateSchemaTool.inSession(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, CollectionsModel.CLASSES,
					CollectionsModel::readSamples);
		}

		/**
		 * Envers, active in Hibernate, writes a revision and the audit rows of an entity
		 * saved through Hibernate.
		 */
		@Test
		void auditedEntitySavedThroughHibernateGetsARevision() {
			List<Class<?>> model = io.github.automigrate.testmodel.audited.AuditedModel.CLASSES;
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, model).outcome())
				.isEqualTo(Outcome.APPLIED);
			HibernateSchemaTool.inSession(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, model, (session) -> {
						io.github.automigrate.testmodel.audited.Person person = new io.github.automigrate.testmodel.audited.Person();
						person.name = "Ada";
						person.address = new io.github.automigrate.testmodel.audited.Address();
						person.address.city = "London";
						person.tags.add("maths");
						session.persist(person);
						io.github.automigrate.testmodel.audited.Invoice invoice = new io.github.automigrate.testmodel.audited.Invoice();
						invoice.title = "first";
						invoice.amount = java.math.BigDecimal.TEN;
						session.persist(invoice);
					});
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc.queryForObject("select count(*) from revinfo",
					Integer.class))
				.isEqualTo(1);
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc.queryForList("select name from person_aud",
					String.class))
				.containsExactly("Ada");
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc.queryForList("select tag from person_tags_aud",
					String.class))
				.containsExactly("maths");
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc.queryForObject("select count(*) from invoice_aud",
					Integer.class))
				.isEqualTo(1);
		}

		/**
		 * spring-petclinic's {@code data.sql} fills its tables by position
		 * ({@code INSERT INTO pets VALUES (...)}), in the order its {@code schema.sql}
		 * declares the columns: a table's own columns in declaration order, the key that
		 * {@code Owner.pets} contributes to {@code pets} after them. Rows of our own, in
		 * the same shape.
		 */
		@Test
		void positionalInsertsOfAPetclinicDataScriptFillTheTablesAutoMigrateBuilt() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource,
					io.github.automigrate.testmodel.petclinic.PetClinicModel.CLASSES);
			List.of("INSERT INTO vets VALUES (1, 'Ines', 'Marchetti')",
					"INSERT INTO vets VALUES (2, 'Tomas', 'Okafor')",
					"INSERT INTO specialties VALUES (1, 'cardiology')", "INSERT INTO vet_specialties VALUES (2, 1)",
					"INSERT INTO types VALUES (1, 'rabbit')", "INSERT INTO types VALUES (2, 'parrot')",
					"INSERT INTO owners VALUES (1, 'Ada', 'Moreau', '12 Harbour Rd.', 'Brest', '0298001122')",
					"INSERT INTO owners VALUES (2, 'Kofi', 'Mensah', '7 Mill Lane', 'Leeds', '0113496000')",
					"INSERT INTO pets VALUES (1, 'Biscuit', '2019-04-02', 1, 2)",
					"INSERT INTO pets VALUES (2, 'Kiwi', '2021-11-30', 2, 1)",
					// petclinic's own visits rows put pet_id second: its schema.sql
					// places that contributed key by hand
					// (and owner_id in pets last); a rule from the mapping places both
					// after the table's own columns.
					"INSERT INTO visits VALUES (1, '2024-02-14', 'vaccination', 2)")
				.forEach(AbstractAutoMigrateIntegrationTests.this.jdbc::execute);
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForList("select name, type_id, owner_id from pets order by id"))
				.extracting((row) -> tuple(row.values().toArray()))
				.containsExactly(tuple("Biscuit", 1, 2), tuple("Kiwi", 2, 1));
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForList("select first_name, city, telephone from owners order by id"))
				.extracting((row) -> tuple(row.values().toArray()))
				.containsExactly(tuple("Ada", "Brest", "0298001122"), tuple("Kofi", "Leeds", "0113496000"));
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForList("select pet_id, description from visits"))
				.extracting((row) -> tuple(row.values().toArray()))
				.containsExactly(tuple(2, "vaccination"));
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForList("select vet_id, specialty_id from vet_specialties"))
				.extracting((row) -> tuple(row.values().toArray()))
				.containsExactly(tuple(2, 1));
		}

		/**
		 * A legacy schema's references, each naming its referenced columns in upper case:
		 * Hibernate finds them among the target's logical column names, ignoring case,
		 * and so must AutoMigrate, with each naming strategy (with global quoting,
		 * Hibernate compares names exactly, which the mapping unit tests show).
		 */
		@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
		@org.junit.jupiter.params.provider.MethodSource("namingSettingsWithoutGlobalQuoting")
		void referencedColumnNamesAreLogicalNamesWhateverTheirCase(String description, NamingSettings naming) {
			assertMigratedLikeHibernate(io.github.automigrate.testmodel.legacyrefs.LegacyRefsModel.CLASSES, naming);
		}

		static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> namingSettingsWithoutGlobalQuoting() {
			return java.util.stream.Stream.concat(
					java.util.stream.Stream.of(arguments("Spring Boot's naming", NamingSettings.defaults())),
					namingSettings().filter((arguments) -> !((NamingSettings) arguments.get()[1]).globallyQuoted()));
		}

		@Test
		void beanValidationConstraintsShapeColumnsAsHibernateDoes() {
			assertColumnsMatchHibernate(List.of(io.github.automigrate.testmodel.validated.Member.class,
					io.github.automigrate.testmodel.validated.PremiumMember.class));
		}

		@Test
		void richModelColumnsMatchWhatHibernateCreates() {
			assertColumnsMatchHibernate(RichModel.CLASSES);
		}

		static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> namingSettings() {
			return java.util.stream.Stream.of(
					arguments("physical names as written",
							new NamingSettings(NamingSettings.Physical.AS_WRITTEN, null, false, false)),
					arguments("JPA join table names",
							new NamingSettings(NamingSettings.Physical.SNAKE_CASE, null, true, false)),
					arguments("globally quoted",
							new NamingSettings(NamingSettings.Physical.SNAKE_CASE, null, false, true)),
					arguments("custom physical strategy", new NamingSettings(NamingSettings.Physical.CUSTOM,
							io.github.automigrate.testsupport.PrefixedTableNaming.class.getName(), false, false)));
		}

		@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
		@org.junit.jupiter.params.provider.MethodSource("namingSettings")
		void richModelWithNamingSettingsIsValidatedByHibernateAndMatchesItsCreate(String description,
				NamingSettings naming) {
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource,
					RichModel.CLASSES, naming);
			assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
			HibernateSchemaTool.validate(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, RichModel.CLASSES, naming);
			MigrationReport second = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource,
					RichModel.CLASSES, naming);
			assertThat(second.statements()).isEmpty();
			assertThat(second.drift()).isEmpty();
			assertColumnsMatchHibernate(RichModel.CLASSES, naming, false);
			assertKeysMatchHibernate(RichModel.CLASSES, naming);
		}

		@Test
		void jsonColumnsAreWhatHibernateValidatesAndNeverDrift() {
			List<Class<?>> model = List.of(io.github.automigrate.testmodel.json.Profile.class);
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, model).outcome())
				.isEqualTo(Outcome.APPLIED);
			MigrationReport second = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, model);
			assertThat(second.statements()).isEmpty();
			assertThat(second.drift()).isEmpty();
			HibernateSchemaTool.validate(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, model);
		}

		@Test
		void reservedWordsAreUsableAsTableAndColumnNames() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			insertCustomer(1, "Ada");
			String order = AbstractAutoMigrateIntegrationTests.this.database.quote("order");
			String columns = AbstractAutoMigrateIntegrationTests.this.database.quote("select") + ", "
					+ AbstractAutoMigrateIntegrationTests.this.database.quote("group") + ", "
					+ AbstractAutoMigrateIntegrationTests.this.database.quote("user");
			AbstractAutoMigrateIntegrationTests.this.jdbc
				.update("insert into " + order + " (id, " + columns + ", buyer) values (1, 'a', 2, 'b', 1)");
			assertThat(
					AbstractAutoMigrateIntegrationTests.this.jdbc.queryForMap("select " + columns + " from " + order))
				.containsValues("a", 2, "b");
		}

	}

	/**
	 * Indexes, unique constraints and foreign keys: created with their names, added where
	 * missing, never forced.
	 */
	@Nested
	class Keys {

		@Test
		void emptyDatabaseGetsIndexesUniqueConstraintsAndForeignKeysWithTheirNames() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			Map<String, String> keys = KeyShapes.read(AbstractAutoMigrateIntegrationTests.this.dataSource);
			assertThat(keys).containsEntry("index customers(full_name, created_at)", "unique uk_customer_name_created")
				.containsEntry("index product(release_date, active)", "index idx_product_release")
				.containsEntry("index customers(email)",
						"unique "
								+ lower(ConstraintNames.uniqueKey(table("customers"), List.of(column("email"))).text()))
				.containsEntry("index customers(full_name)",
						"index " + lower(ConstraintNames.index(table("customers"), List.of(column("fullName"))).text()))
				.containsEntry("index product(short_value, byte_value)",
						"unique " + lower(ConstraintNames
							.uniqueKey(table("product"), List.of(column("shortValue"), column("byteValue")))
							.text()))
				.containsKeys("fk order_line(parent_order_id)", "fk order_line(product_id)", "fk order(buyer)")
				.doesNotContainKey("fk shipment(order_id)");
			assertThat(keys.get("fk order_line(product_id)")).endsWith(" -> product(id)");
			if (!"SQLite".equals(AbstractAutoMigrateIntegrationTests.this.database.name())) {
				// SQLite keeps no readable foreign key names.
				assertThat(keys.get("fk order_line(parent_order_id)")).isEqualTo("fk_line_order -> order(id)");
			}
			MigrationReport second = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(second.statements()).isEmpty();
			assertThat(second.drift()).isEmpty();
		}

		@Test
		void existingTablesGetTheirMissingIndexesUniqueConstraintsAndForeignKeys() {
			boolean sqlite = "SQLite".equals(AbstractAutoMigrateIntegrationTests.this.database.name());
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource,
					List.of(io.github.automigrate.testmodel.bare.BareOrderLine.class));
			MigrationReport first = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			Map<String, StatementReport> byChange = byChange(first);
			StatementReport foreignKey = byChange.get("add foreign key order_line.fk_line_order");
			assertThat(foreignKey).isNotNull();
			if (sqlite) {
				assertThat(foreignKey.safety()).isEqualTo(Safety.NOT_POSSIBLE);
				assertThat(foreignKey.status()).isEqualTo(Status.NOT_POSSIBLE);
				assertThat(foreignKey.note()).contains("SQLite cannot add a foreign key to an existing table");
			}
			else {
				assertThat(foreignKey.status()).isEqualTo(Status.APPLIED);
				assertThat(KeyShapes.read(AbstractAutoMigrateIntegrationTests.this.dataSource))
					.containsEntry("fk order_line(parent_order_id)", "fk_line_order -> order(id)");
			}
			dropIndex("customers", "uk_customer_name_created", true);
			dropIndex("product", "idx_product_release", false);
			MigrationReport second = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(second.statements()).filteredOn((statement) -> statement.status() == Status.APPLIED)
				.extracting(StatementReport::change)
				.containsExactlyInAnyOrder("add unique constraint customers.uk_customer_name_created",
						"create index product.idx_product_release");
			assertThat(KeyShapes.read(AbstractAutoMigrateIntegrationTests.this.dataSource))
				.containsEntry("index customers(full_name, created_at)", "unique uk_customer_name_created")
				.containsEntry("index product(release_date, active)", "index idx_product_release");
			MigrationReport third = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(third.outcome()).isEqualTo(Outcome.UP_TO_DATE);
			assertThat(third.executedCount()).isZero();
			assertThat(third.statements())
				.allSatisfy((statement) -> assertThat(statement.status()).isEqualTo(Status.NOT_POSSIBLE));
		}

		@Test
		void uniqueConstraintThatRowsViolateIsReportedAndRowsStay() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			dropIndex("customers", "uk_customer_name_created", true);
			insertCustomer(1, "Ada");
			insertCustomer(2, "Ada");
			Map<String, List<Map<String, String>>> before = rows();
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			RowCounts.assertKept(before, rows());
			StatementReport unique = byChange(report).get("add unique constraint customers.uk_customer_name_created");
			assertThat(unique.safety()).isEqualTo(Safety.NOT_POSSIBLE);
			assertThat(unique.status()).isEqualTo(Status.NOT_POSSIBLE);
			assertThat(unique.note()).contains("share values").contains("Remove the duplicates");
			assertThat(report.outcome()).isNotEqualTo(Outcome.FAILED);
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc.queryForObject("select count(*) from customers",
					Integer.class))
				.isEqualTo(2);
		}

		@Test
		void oneIndexNameOnTwoTablesIsRefusedBeforeAnyStatementWhereTheSchemaKeepsItOnce() {
			List<Class<?>> clashing = List.of(io.github.automigrate.testmodel.collections.clash.Rose.class,
					io.github.automigrate.testmodel.collections.clash.Tulip.class);
			if ("MariaDB".equals(AbstractAutoMigrateIntegrationTests.this.database.name())) {
				// Index names are kept per table there: both are created.
				assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, clashing).outcome())
					.isEqualTo(Outcome.APPLIED);
				return;
			}
			assertThatExceptionOfType(MigrationFailedException.class)
				.isThrownBy(() -> Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, clashing))
				.withMessageContaining("'idx_code' on the table ")
				.withMessageContaining("once per schema")
				.withRootCauseInstanceOf(io.github.automigrate.model.ExpectedSchemaException.class);
			assertThat(ColumnShapes.read(AbstractAutoMigrateIntegrationTests.this.dataSource).keySet())
				.noneMatch((column) -> column.startsWith("rose."));
		}

		@Test
		void onDeleteRulesReachTheDatabase() {
			assertDeleteRulesReachTheDatabase();
		}

		@Test
		void indexMadeAgainOnOtherColumnsUnderTheSameNameIsSeen() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP).comparison())
				.isEqualTo(unchangedStartComparison());
			dropIndex("product", "idx_product_release", false);
			AbstractAutoMigrateIntegrationTests.this.jdbc
				.execute("create index idx_product_release on product (active)");
			MigrationReport changed = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(changed.comparison()).isEqualTo(Comparison.FULL);
			assertThat(changed.drift()).extracting(DriftReport::kind).containsExactly(Drift.Kind.INDEX_MISMATCH);
		}

		@Test
		void keysMatchWhatHibernateCreates() {
			assertKeysMatchHibernate(SHOP);
		}

		@Test
		void richModelKeysMatchWhatHibernateCreates() {
			assertKeysMatchHibernate(RichModel.CLASSES);
		}

	}

	/**
	 * A changed model on a database with rows: what is added, in how many statements, and
	 * that the rows stay.
	 */
	@Nested
	class Additions {

		@Test
		void changedModelAddsTablesAndColumnsAndKeepsRows() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			insertCustomer(1, "Ada");
			insertCustomer(2, "Grace");
			Map<String, List<Map<String, String>>> before = rows();
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP_V2);
			RowCounts.assertKept(before, rows());
			assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
			// Where foreign keys follow the tables, invoice's comes as a change of its
			// own.
			assertThat(report.statements()).extracting(StatementReport::change)
				.filteredOn((change) -> !change.startsWith("add foreign key invoice."))
				.containsExactlyInAnyOrder("create table invoice", "add column customers.nickname",
						"add column customers.loyalty_points", "add column customers.vip",
						"add column customers.region", "add column customers.tier", "add column customers.rating");
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForList("select id, full_name from customers order by id"))
				.extracting((row) -> row.values().stream().map(String::valueOf).toList())
				.containsExactly(List.of("1", "Ada"), List.of("2", "Grace"));
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForObject("select count(*) from customers where loyalty_points = 0", Integer.class)).isEqualTo(2);
			HibernateSchemaTool.validate(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP_V2);
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP_V2).statements())
				.isEmpty();
		}

		@Test
		void richModelOnPartlyExistingSchemaWithRowsKeepsTheRows() {
			List<Class<?>> subset = List.of(io.github.automigrate.testmodel.rich.Party.class,
					io.github.automigrate.testmodel.rich.Person.class, io.github.automigrate.testmodel.rich.Tag.class,
					io.github.automigrate.testmodel.rich.Country.class,
					io.github.automigrate.testmodel.rich.PriorityConverter.class);
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, subset).outcome())
				.isEqualTo(Outcome.APPLIED);
			AbstractAutoMigrateIntegrationTests.this.jdbc
				.update("insert into country (iso_code, name) values ('FR', 'France')");
			AbstractAutoMigrateIntegrationTests.this.jdbc
				.update("insert into tag (code, priority) values ('vip', 'P1')");
			AbstractAutoMigrateIntegrationTests.this.jdbc
				.update("insert into party (id, party_kind, display_name, born_on, home_country) "
						+ "values (7, 'PERSON', 'Ada', ?, 'FR')", java.sql.Date.valueOf("1815-12-10"));
			AbstractAutoMigrateIntegrationTests.this.jdbc
				.update("insert into person_nicknames (person_id, nicknames) values (7, 'Countess')");
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource,
					RichModel.CLASSES);
			assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
			assertThat(report.statements()).extracting(StatementReport::status).containsOnly(Status.APPLIED);
			HibernateSchemaTool.validate(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, RichModel.CLASSES);
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc.queryForList("select iso_code, name from country"))
				.extracting((row) -> row.values().stream().map(String::valueOf).toList())
				.containsExactly(List.of("FR", "France"));
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForObject("select priority from tag where code = 'vip'", String.class)).isEqualTo("P1");
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc.queryForObject("select count(*) from party",
					Integer.class))
				.isEqualTo(1);
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForObject("select display_name from party where id = 7", String.class)).isEqualTo("Ada");
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForObject("select born_on from party where id = 7", java.sql.Date.class))
				.hasToString("1815-12-10");
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForObject("select nicknames from person_nicknames where person_id = 7", String.class))
				.isEqualTo("Countess");
			MigrationReport third = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource,
					RichModel.CLASSES);
			assertThat(third.statements()).isEmpty();
			assertThat(third.executedCount()).isZero();
			assertThat(third.drift()).isEmpty();
		}

		/**
		 * A cold start makes one statement per table: foreign keys are declared in CREATE
		 * TABLE, except the edge that closes a reference cycle (SQLite declares even that
		 * one there). Every foreign key is still reported as a change.
		 */
		@Test
		void coldPlanIsOneStatementPerTablePlusTheEdgesOfCycles() {
			List<Class<?>> model = io.github.automigrate.testmodel.chain.ChainModel.CLASSES;
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, model);
			List<StatementReport> ofModel = report.statements()
				.stream()
				.filter((statement) -> !statement.change().contains("automigrate_history"))
				.toList();
			boolean sqlite = "SQLite".equals(AbstractAutoMigrateIntegrationTests.this.database.name());
			assertThat(ofModel.stream().mapToInt((statement) -> statement.sql().size()).sum()).as("statements")
				.isEqualTo(io.github.automigrate.testmodel.chain.ChainModel.TABLES
						+ (sqlite ? 0 : io.github.automigrate.testmodel.chain.ChainModel.CYCLE_EDGES));
			assertThat(ofModel).extracting(StatementReport::status).containsOnly(Status.APPLIED);
			assertThat(ofModel).extracting(StatementReport::change)
				.filteredOn((change) -> change.startsWith("add foreign key"))
				.hasSize(sqlite ? 0 : 7);
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, model).statements())
				.isEmpty();
			HibernateSchemaTool.validate(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, model);
		}

		/**
		 * A table's added columns share one ALTER TABLE where the database takes several
		 * additions in one.
		 */
		@Test
		void columnsAddedToOneTableShareOneAlterTable() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			insertCustomer(1, "Ada");
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP_V2);
			List<StatementReport> additions = report.statements()
				.stream()
				.filter((statement) -> statement.change().startsWith("add column customers."))
				.toList();
			assertThat(additions).hasSize(6).extracting(StatementReport::status).containsOnly(Status.APPLIED);
			long alters = additions.stream()
				.flatMap((statement) -> statement.sql().stream())
				.filter((sql) -> sql.startsWith("alter table"))
				.count();
			// SQLite's and HSQLDB's ALTER TABLE take one addition each.
			assertThat(alters).isEqualTo(
					List.of("SQLite", "HSQLDB").contains(AbstractAutoMigrateIntegrationTests.this.database.name()) ? 6
							: 1);
			assertThat(additions).extracting(StatementReport::safety).contains(Safety.AS_IS, Safety.ADJUSTED);
			HibernateSchemaTool.validate(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP_V2);
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP_V2).statements())
				.isEmpty();
		}

		@Test
		void notNullColumnsOnTableWithRowsNeverFail() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			insertCustomer(1, "Ada");
			Map<String, List<Map<String, String>>> before = rows();
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP_V2);
			RowCounts.assertKept(before, rows());
			Map<String, StatementReport> byChange = byChange(report);
			assertThat(byChange.get("add column customers.loyalty_points").safety()).isEqualTo(Safety.ADJUSTED);
			assertThat(statementOf(report, "add column customers.loyalty_points")).contains("default 0");
			StatementReport region = byChange.get("add column customers.region");
			assertThat(region.safety()).isEqualTo(Safety.ADJUSTED);
			assertThat(region.note()).contains("added nullable").contains("Customer.region");
			assertThat(
					AbstractAutoMigrateIntegrationTests.this.jdbc.queryForObject(
							"select count(*) from customers where vip = "
									+ AbstractAutoMigrateIntegrationTests.this.database.booleanLiteral(false),
							Integer.class))
				.isEqualTo(1);
		}

		@Test
		void mappedDefaultsFillExistingRowsAndCommentsAreWritten() throws java.sql.SQLException {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			insertCustomer(1, "Ada");
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP_V2);
			Map<String, StatementReport> byChange = byChange(report);
			StatementReport tier = byChange.get("add column customers.tier");
			assertThat(tier.safety()).isEqualTo(Safety.AS_IS);
			assertThat(statementOf(report, "add column customers.tier")).contains("default 'basic' not null");
			assertThat(byChange.get("add column customers.rating").safety()).isEqualTo(Safety.AS_IS);
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForObject("select tier from customers where id = 1", String.class)).isEqualTo("basic");
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForObject("select rating from customers where id = 1", Integer.class)).isEqualTo(3);
			HibernateSchemaTool.validate(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP_V2);
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP_V2).statements())
				.isEmpty();
			DataSource created = AbstractAutoMigrateIntegrationTests.this.database.create();
			Migrations.migrate(created, SHOP_V2);
			for (DataSource source : List.of(AbstractAutoMigrateIntegrationTests.this.dataSource, created)) {
				assertThat(comment(source, "customers", "tier"))
					.isEqualTo(isSqlite(source) ? null : "Service level, 'basic' unless upgraded");
			}
		}

		@Test
		void dryRunPlansAndChangesNothing() {
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP, true,
					true);
			assertThat(report.outcome()).isEqualTo(Outcome.PLANNED);
			assertThat(report.statements()).isNotEmpty()
				.extracting(StatementReport::status)
				.containsOnly(Status.PLANNED);
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP, true, true)
				.statements()).hasSameSizeAs(report.statements());
		}

	}

	/**
	 * A start with nothing to do: recognised by its fingerprint, compared in full when
	 * anything changed.
	 */
	@Nested
	class Fingerprint {

		@Test
		void secondRunWithoutModelChangeExecutesNothing() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			MigrationReport second = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(second.outcome()).isEqualTo(Outcome.UP_TO_DATE);
			assertThat(second.statements()).isEmpty();
			assertThat(second.executedCount()).isZero();
			assertThat(second.drift()).as("drift on a schema AutoMigrate built itself").isEmpty();
		}

		@Test
		void unchangedStartIsRecognisedByItsFingerprintAndSkipsTheComparison() {
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP).outcome())
				.isEqualTo(Outcome.APPLIED);
			MigrationReport second = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(second.outcome()).isEqualTo(Outcome.UP_TO_DATE);
			assertThat(second.comparison()).isEqualTo(unchangedStartComparison());
			assertThat(second.statements()).isEmpty();
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc.queryForObject(
					"select count(*) from automigrate_history where seq = 0 and fingerprint is not null",
					Integer.class))
				.as("runs that recorded a fingerprint")
				.isEqualTo(hasCatalogFingerprint() ? 2 : 0);
		}

		@Test
		void changedEntitiesAreComparedInFull() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			List<Class<?>> more = new java.util.ArrayList<>(SHOP);
			more.add(io.github.automigrate.testmodel.json.Profile.class);
			MigrationReport changed = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, more);
			assertThat(changed.comparison()).isEqualTo(Comparison.FULL);
			assertThat(changed.statements()).extracting(StatementReport::change).contains("create table profile");
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, more).comparison())
				.isEqualTo(unchangedStartComparison());
		}

		@org.junit.jupiter.params.ParameterizedTest(name = "a dropped {0}")
		@org.junit.jupiter.params.provider.ValueSource(strings = { "column", "index" })
		void schemaChangedBehindItsBackIsComparedInFullAndMended(String dropped) {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP).comparison())
				.isEqualTo(unchangedStartComparison());
			String change;
			if (dropped.equals("column")) {
				AbstractAutoMigrateIntegrationTests.this.jdbc.execute("alter table product drop column featured");
				change = "add column product.featured";
			}
			else {
				dropIndex("product", "idx_product_release", false);
				change = "create index product.idx_product_release";
			}
			MigrationReport mended = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(mended.comparison()).isEqualTo(Comparison.FULL);
			assertThat(mended.statements()).filteredOn((statement) -> statement.status() == Status.APPLIED)
				.extracting(StatementReport::change)
				.containsExactly(change);
			MigrationReport after = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(after.comparison()).isEqualTo(unchangedStartComparison());
			assertThat(after.statements()).isEmpty();
		}

		@Test
		void driftIsReportedAtEveryStartAndDoesNotStopTheShortcut() {
			AbstractAutoMigrateIntegrationTests.this.jdbc.execute("create table legacy_notes (id integer)");
			MigrationReport first = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(first.drift()).extracting(DriftReport::kind, (drift) -> lower(drift.object()))
				.containsExactly(tuple(Drift.Kind.EXTRA_TABLE, "legacy_notes"));
			MigrationReport second = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(second.comparison()).isEqualTo(unchangedStartComparison());
			assertThat(second.drift()).isEqualTo(first.drift());
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForList("select description from automigrate_history where kind = 'DRIFT'", String.class))
				.extracting(AbstractAutoMigrateIntegrationTests::lower)
				.containsExactly("legacy_notes", "legacy_notes");
		}

		@Test
		void everyStartComparesInFullWithoutTheShortcutOrWithoutTheHistory() {
			Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			MigrationRequest shortcutOff = new MigrationRequest(new EntityMappingReader().read(SHOP), List.of(),
					List.of(), false, true, MigrationRequest.DEFAULT_LOCK_TIMEOUT,
					MigrationRequest.DEFAULT_HISTORY_TABLE, null, "test", false);
			MigrationRequest noHistory = new MigrationRequest(new EntityMappingReader().read(SHOP), List.of(),
					List.of(), false, true, MigrationRequest.DEFAULT_LOCK_TIMEOUT, null, null, "test", true);
			for (MigrationRequest request : List.of(shortcutOff, shortcutOff, noHistory, noHistory)) {
				MigrationReport report = new SchemaMigrator(AbstractAutoMigrateIntegrationTests.this.dataSource)
					.migrate(request);
				assertThat(report.outcome()).isEqualTo(Outcome.UP_TO_DATE);
				assertThat(report.comparison()).isEqualTo(Comparison.FULL);
			}
		}

	}

	/**
	 * A statement the database refuses: the run stops with the SQL and the error, or goes
	 * on when told.
	 */
	@Nested
	class Failures {

		@Test
		void failedStatementStopsTheRunWithTheSqlAndTheDatabaseError() {
			AbstractAutoMigrateIntegrationTests.this.jdbc
				.execute(AbstractAutoMigrateIntegrationTests.this.database.createView("product"));
			assertThatExceptionOfType(MigrationFailedException.class)
				.isThrownBy(() -> Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP))
				.withMessageContaining("create table product")
				.withMessageContaining("SQL: create table product (")
				.withMessageContaining("Database error: ")
				.satisfies((ex) -> assertThat(ex.getReport().outcome()).isEqualTo(Outcome.FAILED));
		}

		@Test
		void failedStatementIsReportedAndTheRunGoesOnWhenFailOnErrorIsOff() {
			AbstractAutoMigrateIntegrationTests.this.jdbc
				.execute(AbstractAutoMigrateIntegrationTests.this.database.createView("product"));
			MigrationReport report = Migrations.migrate(AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP,
					false, false);
			assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
			Map<String, StatementReport> byChange = byChange(report);
			assertThat(byChange.get("create table product").status()).isEqualTo(Status.FAILED);
			assertThat(byChange.get("create table product").error()).isNotBlank();
			assertThat(byChange.get("create table customers").status()).isEqualTo(Status.APPLIED);
			assertThat(byChange.get("create table order").status()).isEqualTo(Status.APPLIED);
			// order_line refers to product: where its CREATE TABLE declares that foreign
			// key, it fails with product (SQLite
			// checks references only when rows are written).
			assertThat(byChange.get("create table order_line").status())
				.isEqualTo("SQLite".equals(AbstractAutoMigrateIntegrationTests.this.database.name()) ? Status.APPLIED
						: Status.FAILED);
		}

	}

	/**
	 * The connections the pool hands out: committed, and handed back as they came.
	 */
	@Nested
	class Connections {

		/**
		 * A pool configured not to auto-commit (as some tune Hikari for Hibernate) hands
		 * out connections in a transaction: what AutoMigrate creates and records must be
		 * committed all the same.
		 */
		@Test
		void connectionsThatDoNotAutoCommitGetTheSchemaAndTheHistoryCommitted() {
			DataSource manualCommit = new DelegatingDataSource(AbstractAutoMigrateIntegrationTests.this.dataSource) {

				@Override
				public Connection getConnection() throws SQLException {
					Connection connection = super.getConnection();
					connection.setAutoCommit(false);
					return connection;
				}

			};
			assertThat(Migrations.migrate(manualCommit, SHOP).outcome()).isEqualTo(Outcome.APPLIED);
			MigrationReport second = Migrations.migrate(manualCommit, SHOP);
			assertThat(second.outcome()).isEqualTo(Outcome.UP_TO_DATE);
			assertThat(second.statements()).isEmpty();
			HibernateSchemaTool.validate(AbstractAutoMigrateIntegrationTests.this.database,
					AbstractAutoMigrateIntegrationTests.this.dataSource, SHOP);
			assertThat(AbstractAutoMigrateIntegrationTests.this.jdbc
				.queryForList("select outcome from automigrate_history where seq = 0", String.class))
				.containsExactlyInAnyOrder("APPLIED", "UP_TO_DATE");
		}

		@Test
		void aConnectionIsLeftAsItsPoolHandedItOut() throws SQLException {
			try (Connection connection = AbstractAutoMigrateIntegrationTests.this.dataSource.getConnection()) {
				connection.setAutoCommit(false);
				assertThat(Migrations.migrate(new SingleConnectionDataSource(connection, true), SHOP).outcome())
					.isEqualTo(Outcome.APPLIED);
				assertThat(connection.getAutoCommit()).isFalse();
			}
		}

	}

	private static org.junit.jupiter.params.provider.Arguments arguments(String name, List<Class<?>> model) {
		return org.junit.jupiter.params.provider.Arguments.of(name, model);
	}

	/**
	 * A model this database refuses is refused with its error (so that the reason stays
	 * true); any other is migrated like Hibernate, without the entities this database
	 * leaves out.
	 */
	private void assertMigratedLikeHibernateUnlessRefused(String name, List<Class<?>> model) {
		Refusal refusal = modelsThisDatabaseRefuses().get(name);
		if (refusal != null) {
			assertThatExceptionOfType(MigrationFailedException.class)
				.isThrownBy(() -> Migrations.migrate(this.dataSource, model))
				.withMessageContaining(refusal.databaseError());
			return;
		}
		assertMigratedLikeHibernate(model.stream().filter((type) -> !entitiesLeftOut().containsKey(type)).toList());
	}

	/**
	 * The models this database refuses as they are written, by name, each with the
	 * database's error and the reason.
	 * @return refusals by model name
	 */
	Map<String, Refusal> modelsThisDatabaseRefuses() {
		return Map.of();
	}

	/**
	 * The entities left out of every model on this database, each with the reason.
	 * @return reasons by entity class
	 */
	Map<Class<?>, String> entitiesLeftOut() {
		return Map.of();
	}

	/**
	 * Why a database refuses a model.
	 *
	 * @param databaseError what the failure's message contains
	 * @param reason why, and what Hibernate does with it
	 */
	record Refusal(String databaseError, String reason) {
	}

	/**
	 * The delete rules of a model, as the database reads them back: a database may show
	 * them on another model.
	 */
	void assertDeleteRulesReachTheDatabase() {
		Migrations.migrate(this.dataSource, io.github.automigrate.testmodel.conduit.ConduitModel.CLASSES);
		assertThat(deleteRules("comments")).containsEntry("articles", java.sql.DatabaseMetaData.importedKeyCascade)
			.containsEntry("users", java.sql.DatabaseMetaData.importedKeyNoAction);
	}

	Map<String, Integer> deleteRules(String table) {
		return this.jdbc
			.execute((org.springframework.jdbc.core.ConnectionCallback<Map<String, Integer>>) (connection) -> {
				Map<String, Integer> rules = new java.util.HashMap<>();
				java.sql.DatabaseMetaData metadata = connection.getMetaData();
				boolean catalogIsSchema = metadata.getDatabaseProductName()
					.toLowerCase(java.util.Locale.ROOT)
					.matches(".*(mysql|mariadb).*");
				String name = metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(java.util.Locale.ROOT) : table;
				try (java.sql.ResultSet keys = metadata.getImportedKeys(connection.getCatalog(),
						catalogIsSchema ? null : connection.getSchema(), name)) {
					while (keys.next()) {
						int rule = keys.getInt("DELETE_RULE");
						// RESTRICT and NO ACTION differ only in when they are checked;
						// drivers report either for "none".
						rules.put(lower(keys.getString("PKTABLE_NAME")),
								(rule == java.sql.DatabaseMetaData.importedKeyRestrict)
										? java.sql.DatabaseMetaData.importedKeyNoAction : rule);
					}
				}
				return rules;
			});
	}

	/**
	 * Migrates an empty database, has Hibernate validate it, migrates again (nothing to
	 * do, no drift), and compares columns and keys with what Hibernate's own
	 * {@code create} makes.
	 */
	private void assertMigratedLikeHibernate(List<Class<?>> model) {
		assertMigratedLikeHibernate(model, NamingSettings.defaults());
	}

	private void assertMigratedLikeHibernate(List<Class<?>> model, NamingSettings naming) {
		MigrationReport report = Migrations.migrate(this.dataSource, model, naming);
		assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
		HibernateSchemaTool.validate(this.database, this.dataSource, model, naming);
		MigrationReport second = Migrations.migrate(this.dataSource, model, naming);
		assertThat(second.statements()).isEmpty();
		assertThat(second.drift()).isEmpty();
		assertColumnsMatchHibernate(model, naming, false);
		assertKeysMatchHibernate(model, naming);
	}

	private static org.junit.jupiter.params.provider.Arguments arguments(String name, NamingSettings naming) {
		return org.junit.jupiter.params.provider.Arguments.of(name, naming);
	}

	private void assertColumnsMatchHibernate(List<Class<?>> model) {
		assertColumnsMatchHibernate(model, NamingSettings.defaults(), true);
	}

	private void assertColumnsMatchHibernate(List<Class<?>> model, NamingSettings naming, boolean migrate) {
		if (migrate) {
			Migrations.migrate(this.dataSource, model, naming);
		}
		DataSource hibernate = this.database.create();
		HibernateSchemaTool.create(this.database, hibernate, model, naming);
		Map<String, String> ours = ColumnShapes.read(this.dataSource);
		Map<String, String> theirs = ColumnShapes.read(hibernate);
		Map<String, String> accepted = new java.util.HashMap<>(acceptedDifferences());
		// With its default settings Hibernate writes "create table order (select ...)",
		// which every database rejects; its validate, run on AutoMigrate's schema in the
		// other tests, is the judge of that table.
		ours.keySet()
			.stream()
			.filter((column) -> column.startsWith("order."))
			.forEach((column) -> accepted.put(column,
					"Hibernate cannot create a table named after a reserved word without quoting"));
		// Hibernate declares a generated timestamp NOT NULL even on a SINGLE_TABLE
		// subclass, which then rejects every row of the other classes (they leave it
		// empty); AutoMigrate keeps it nullable, as every subclass column in a shared
		// table, and Hibernate validates that.
		java.util.stream.Stream.of("occurrence.created_on", "occurrence.updated_on")
			.forEach((column) -> accepted.put(column,
					"Hibernate's NOT NULL on a single-table subclass's generated timestamp rejects the other rows"));
		java.util.Set<String> columns = new java.util.TreeSet<>(ours.keySet());
		columns.addAll(theirs.keySet());
		// Other naming settings spell the same columns with other underscores and cases,
		// or prefix the tables.
		java.util.Set<String> loose = new java.util.HashSet<>();
		accepted.keySet().forEach((column) -> loose.add(column.replace("_", "")));
		List<String> differences = columns.stream()
			.filter((column) -> !accepted.containsKey(column))
			.filter((column) -> loose.stream().noneMatch(column.replace("_", "")::endsWith))
			.filter((column) -> !java.util.Objects.equals(ours.get(column), theirs.get(column)))
			.map((column) -> column + ": AutoMigrate " + ours.get(column) + ", Hibernate " + theirs.get(column))
			.toList();
		assertThat(differences).as("columns that differ from Hibernate's create").isEmpty();
	}

	/**
	 * Columns where this database's schema differs from what Hibernate's {@code create}
	 * makes, each with the reason.
	 * @return reasons by {@code table.column}
	 */
	Map<String, String> acceptedDifferences() {
		return Map.of();
	}

	/**
	 * Whether this database has a catalog fingerprint, with which an unchanged start
	 * skips the comparison.
	 */
	boolean hasCatalogFingerprint() {
		return true;
	}

	private Comparison unchangedStartComparison() {
		return hasCatalogFingerprint() ? Comparison.FINGERPRINT : Comparison.FULL;
	}

	private static boolean isSqlite(DataSource source) throws java.sql.SQLException {
		try (java.sql.Connection connection = source.getConnection()) {
			return connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("sqlite");
		}
	}

	private static @org.jspecify.annotations.Nullable String comment(DataSource source, String table, String column)
			throws java.sql.SQLException {
		try (java.sql.Connection connection = source.getConnection()) {
			java.sql.DatabaseMetaData metadata = connection.getMetaData();
			boolean catalogIsSchema = metadata.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.matches(".*(mysql|mariadb).*");
			try (java.sql.ResultSet rows = metadata.getColumns(connection.getCatalog(),
					catalogIsSchema ? null : connection.getSchema(), "%", "%")) {
				while (rows.next()) {
					if (rows.getString("TABLE_NAME").equalsIgnoreCase(table)
							&& rows.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
						String remarks = rows.getString("REMARKS");
						return (remarks == null || remarks.isEmpty()) ? null : remarks;
					}
				}
			}
		}
		return null;
	}

	private void assertKeysMatchHibernate(List<Class<?>> model) {
		Migrations.migrate(this.dataSource, model);
		assertKeysMatchHibernate(model, NamingSettings.defaults());
	}

	private void assertKeysMatchHibernate(List<Class<?>> model, NamingSettings naming) {
		DataSource hibernate = this.database.create();
		HibernateSchemaTool.create(this.database, hibernate, model, naming);
		Map<String, String> ours = KeyShapes.read(this.dataSource);
		Map<String, String> theirs = KeyShapes.read(hibernate);
		Map<String, String> accepted = new java.util.HashMap<>(acceptedKeyDifferences());
		ours.keySet()
			.stream()
			.filter((key) -> key.contains(" order(") || key.endsWith("(parent_order_id)"))
			.forEach((key) -> accepted.put(key, "Hibernate cannot create the table order, nor keys on it or to it"));
		java.util.Set<String> keys = new java.util.TreeSet<>(ours.keySet());
		keys.addAll(theirs.keySet());
		String noForeignKeys = foreignKeysHibernateLeavesOut();
		if (noForeignKeys != null) {
			keys.stream()
				.filter((key) -> key.startsWith("fk ") && theirs.get(key) == null)
				.forEach((key) -> accepted.put(key, noForeignKeys));
		}
		// Hibernate 7 leaves an implicitly named unique key unnamed, and the database
		// names it (H2 CONSTRAINT_n, PostgreSQL <table>_<column>_key); AutoMigrate names
		// it as Hibernate's implicit naming would, and recognises an unnamed one by its
		// columns. The key is the same; only its name differs. Hibernate names a set's
		// unique key after the owner's table, so two sets of one owner with the same
		// columns get one name (its create fails on the second where names are kept per
		// schema); AutoMigrate names them apart.
		java.util.stream.Stream.of("index redirect_uris(client_id, uri)", "index web_origins(client_id, uri)")
			.forEach((key) -> accepted.put(key, "Hibernate gives both sets' unique keys the owner's table's name"));
		keys.stream()
			.filter((key) -> isUnnamedUniqueKey(ours.get(key), theirs.get(key)))
			.forEach((key) -> accepted.put(key, "Hibernate leaves this unique key to the database to name"));
		// Other naming settings spell the same keys with other underscores and cases, or
		// prefix the tables.
		java.util.Set<String> loose = new java.util.HashSet<>();
		accepted.keySet().forEach((key) -> loose.add(looseKey(key)));
		List<String> differences = keys.stream()
			.filter((key) -> !accepted.containsKey(key))
			.filter((key) -> !loose.contains(looseKey(key)))
			.filter((key) -> !java.util.Objects.equals(ours.get(key), theirs.get(key)))
			.map((key) -> key + ": AutoMigrate " + ours.get(key) + ", Hibernate " + theirs.get(key))
			.toList();
		assertThat(differences).as("keys that differ from Hibernate's create").isEmpty();
	}

	private static String looseKey(String key) {
		return key.replace("_", "").replace(" app", " ");
	}

	/**
	 * Keys where this database's schema differs from what Hibernate's {@code create}
	 * makes, each with the reason.
	 * @return reasons by key shape ({@code index table(columns)} or
	 * {@code fk table(columns)})
	 */
	private static boolean isUnnamedUniqueKey(String ours, String theirs) {
		return ours != null && theirs != null && ours.startsWith("unique uk") && theirs.startsWith("unique ")
				&& !theirs.startsWith("unique uk");
	}

	Map<String, String> acceptedKeyDifferences() {
		return Map.of();
	}

	/**
	 * Why Hibernate's {@code create} makes no foreign keys on this database, where it
	 * makes none.
	 * @return the reason, or {@code null} when Hibernate makes them
	 */
	@org.jspecify.annotations.Nullable
	String foreignKeysHibernateLeavesOut() {
		return null;
	}

	private void dropIndex(String table, String name, boolean constraint) {
		this.jdbc.execute(this.database.dropIndex(table, name, constraint));
	}

	private static TableName table(String name) {
		return new TableName(null, new Identifier(name, false));
	}

	private static Identifier column(String name) {
		return new Identifier(name, false);
	}

	private static String lower(String name) {
		return name.toLowerCase(java.util.Locale.ROOT);
	}

	private Map<String, List<Map<String, String>>> rows() {
		return RowCounts.of(this.dataSource, this.database::quote);
	}

	private void insertCustomer(long id, String name) {
		this.jdbc.update("insert into customers (id, full_name, created_at, version) values (?, ?, ?, 0)", id, name,
				java.sql.Timestamp.from(java.time.Instant.parse("2026-01-01T00:00:00Z")));
	}

	/**
	 * The SQL of the statement that made a change: its own, or where it shares one, the
	 * SQL of the change before it that holds it.
	 */
	private static String statementOf(MigrationReport report, String change) {
		List<StatementReport> statements = report.statements();
		int index = statements.stream().map(StatementReport::change).toList().indexOf(change);
		while (statements.get(index).sql().isEmpty()) {
			index--;
		}
		return String.join("; ", statements.get(index).sql());
	}

	private static Map<String, StatementReport> byChange(MigrationReport report) {
		return report.statements()
			.stream()
			.collect(java.util.stream.Collectors.toMap(StatementReport::change, (statement) -> statement));
	}

}
