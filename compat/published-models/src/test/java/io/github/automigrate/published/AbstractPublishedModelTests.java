package io.github.automigrate.published;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.RowCounts;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each published model, taken as its jar is, on one database kind (one subclass per
 * kind): AutoMigrate builds the schema on an empty database and Hibernate validates it; a
 * second run does nothing; the schema matches Hibernate's own {@code create}, but for
 * differences named with their reason; and the same after some columns and a table are
 * dropped from a database that holds rows. Beside it, Hibernate's own {@code update} is
 * run from the same starting points, and the differences each leaves are counted
 * ({@link DifferenceTally}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractPublishedModelTests {

	private static final String UNNAMED_UNIQUE = "Hibernate 7's create leaves an implicitly named unique key for the "
			+ "database to name; AutoMigrate names it as Hibernate's implicit naming would, and recognises an unnamed one by "
			+ "its columns";

	private static final String PRIMARY_KEY_ORDER = "Hibernate's create orders a composite primary key's columns by its "
			+ "column ordering strategy (fixed-size types first, then by name); AutoMigrate does so for an entity's key "
			+ "and keeps a collection table's declared order; the same columns, and Hibernate validates either";

	private final TestDatabase database = database();

	/**
	 * Hibernate's create of each model, on a database of its own kept for the whole
	 * class.
	 */
	private final TestDatabase oracleDatabase = database();

	private final Map<String, HibernateCreate> oracles = new ConcurrentHashMap<>();

	private final Map<String, SchemaShape> oracleShapes = new ConcurrentHashMap<>();

	private final Map<String, List<Class<?>>> entities = new ConcurrentHashMap<>();

	private final DifferenceTally tally = new DifferenceTally();

	abstract TestDatabase database();

	/**
	 * Why a difference from Hibernate's {@code create} is accepted on this database kind,
	 * whatever the model.
	 * @param key the shape key
	 * @param ours AutoMigrate's shape, or {@code null}
	 * @param theirs Hibernate's shape, or {@code null}
	 * @param theirTypeName the type name Hibernate's column has on this database, or
	 * {@code null}
	 * @return the reason, or {@code null} when the difference is not accepted here
	 */
	String acceptedOnThisDatabase(String key, String ours, String theirs, String theirTypeName) {
		return null;
	}

	Iterable<PublishedModel> models() {
		return PublishedModels.ALL;
	}

	@AfterEach
	void dropDatabases() {
		this.database.dropAll();
	}

	@AfterAll
	void dropOraclesAndWriteTally() {
		this.oracleDatabase.dropAll();
		this.tally.write(this.database.name());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void buildsTheSchemaOnAnEmptyDatabaseThatHibernateValidatesAndASecondRunDoesNothing(PublishedModel model) {
		List<Class<?>> entities = entities(model);
		assertThat(entities.stream().filter((type) -> type.isAnnotationPresent(jakarta.persistence.Entity.class)))
			.as("@Entity classes the scan of %s finds", model.packages())
			.hasSize(model.entityCount());
		DataSource dataSource = this.database.create();
		MigrationReport report = Migrations.migrate(dataSource, entities);
		assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
		HibernateSchemaTool.validate(this.database, dataSource, entities);
		MigrationReport second = Migrations.migrate(dataSource, entities);
		assertThat(second.statements()).as("statements of a second run").isEmpty();
		assertThat(second.executedCount()).isZero();
		assertThat(second.drift()).as("drift on a schema AutoMigrate built itself").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void matchesHibernateCreateButForNamedDifferences(PublishedModel model) {
		List<Class<?>> entities = entities(model);
		HibernateCreate oracle = oracle(model);
		Differences differences = null;
		RuntimeException failure = null;
		try {
			DataSource dataSource = this.database.create();
			Migrations.migrate(dataSource, entities);
			differences = compare(model, dataSource);
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		DataSource updated = this.database.create();
		HibernateSchemaTool.update(this.database, updated, entities);
		Differences leftByUpdate = compare(model, updated, "Hibernate update");
		report(model, "empty", leftByUpdate);
		this.tally.add(new DifferenceTally.Row(model.name(), this.database.name(), "empty",
				(differences != null) ? String.valueOf(differences.unexplained().size()) : fails(failure),
				String.valueOf(leftByUpdate.unexplained().size()), validates(entities, updated)));
		if (failure != null) {
			throw failure;
		}
		differences.accepted()
			.forEach((difference, reason) -> System.out.println("[published-models] " + model.name() + " on "
					+ this.database.name() + ", accepted: " + difference + " (" + reason + ")"));
		assertThat(oracle.tablesNotCreated().keySet())
			.as("tables Hibernate's own create cannot create (the model must name each): %s", oracle.tablesNotCreated())
			.containsExactlyInAnyOrderElementsOf(model.hibernateCreateFailures(this.database.name()).keySet());
		assertThat(differences.unexplained()).as("differences from Hibernate's create").isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void restoresDroppedColumnsAndTableOnADatabaseThatHoldsRows(PublishedModel model) {
		List<Class<?>> entities = entities(model);
		String autoMigrate;
		DataSource dataSource = this.database.create();
		SchemaShape built;
		Map<String, List<Map<String, String>>> before;
		MigrationReport report;
		try {
			Migrations.migrate(dataSource, entities);
			built = SchemaShape.read(dataSource);
			fillAndDrop(model, dataSource);
			before = RowCounts.of(dataSource, this.database::quote);
			report = Migrations.migrate(dataSource, entities);
			Differences left = compare(model, dataSource);
			left.unexplained()
				.forEach((difference) -> System.out.println("[published-models] " + model.name() + " on "
						+ this.database.name() + ", AutoMigrate after rows, drops: " + difference));
			autoMigrate = String.valueOf(left.unexplained().size());
		}
		catch (RuntimeException ex) {
			autoMigrate = fails(ex);
			hibernateUpdateAfterDrops(model, entities, autoMigrate);
			throw ex;
		}
		hibernateUpdateAfterDrops(model, entities, autoMigrate);

		assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
		SchemaShape restored = SchemaShape.read(dataSource);
		assertThat(restored.shapes().keySet()).as("columns, keys and indexes after the run")
			.containsAll(built.shapes().keySet());
		RowCounts.assertKept(before, RowCounts.of(dataSource, this.database::quote));
		HibernateSchemaTool.validate(this.database, dataSource, entities);
		assertThat(Migrations.migrate(dataSource, entities).statements()).as("statements of the run after").isEmpty();
	}

	private void hibernateUpdateAfterDrops(PublishedModel model, List<Class<?>> entities, String autoMigrate) {
		String hibernateUpdate;
		boolean validates = false;
		try {
			DataSource hibernate = HibernateCreate.run(this.database, entities).dataSource();
			fillAndDrop(model, hibernate);
			HibernateSchemaTool.update(this.database, hibernate, entities);
			Differences leftByUpdate = compare(model, hibernate, "Hibernate update");
			report(model, "rows, drops", leftByUpdate);
			hibernateUpdate = String.valueOf(leftByUpdate.unexplained().size());
			validates = validates(entities, hibernate);
		}
		catch (RuntimeException ex) {
			hibernateUpdate = fails(ex);
			System.out.println("[published-models] " + model.name() + " on " + this.database.name()
					+ ", Hibernate from rows, drops fails: " + ex.getMessage());
		}
		this.tally.add(new DifferenceTally.Row(model.name(), this.database.name(), "rows, drops", autoMigrate,
				hibernateUpdate, validates));
	}

	/**
	 * Inserts rows into the tables the drops alter, then drops the columns and the table.
	 */
	private void fillAndDrop(PublishedModel model, DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		PublishedModel.Drops drops = model.drops();
		drops.alteredTables().forEach((table) -> GenericRows.insert(this.database, dataSource, table, 3));
		for (String column : drops.columns()) {
			int dot = column.indexOf('.');
			jdbc.execute("alter table " + column.substring(0, dot) + " drop column "
					+ this.database.quote(column.substring(dot + 1)));
		}
		if (drops.table() != null) {
			jdbc.execute("drop table " + drops.table());
		}
	}

	private void report(PublishedModel model, String start, Differences leftByUpdate) {
		leftByUpdate.unexplained()
			.forEach((difference) -> System.out.println("[published-models] " + model.name() + " on "
					+ this.database.name() + ", Hibernate update from " + start + ": " + difference));
	}

	private static String fails(RuntimeException ex) {
		return "start fails (" + ex.getClass().getSimpleName() + ")";
	}

	private boolean validates(List<Class<?>> entities, DataSource dataSource) {
		try {
			HibernateSchemaTool.validate(this.database, dataSource, entities);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The differences of a database from Hibernate's create of the model, sorted into
	 * accepted and unexplained.
	 */
	private Differences compare(PublishedModel model, DataSource dataSource) {
		return compare(model, dataSource, "AutoMigrate");
	}

	private Differences compare(PublishedModel model, DataSource dataSource, String tool) {
		HibernateCreate oracle = oracle(model);
		SchemaShape theirs = this.oracleShapes.computeIfAbsent(model.name(),
				(name) -> SchemaShape.read(oracle.dataSource()));
		Map<String, String> notCreated = new HashMap<>();
		model.hibernateCreateFailures(this.database.name())
			.forEach((table, reason) -> notCreated.put(table,
					reason + " (" + oracle.tablesNotCreated().getOrDefault(table, "yet it did") + ")"));
		Map<String, String> accepted = model.accepted(this.database.name());
		return Differences.between(tool, SchemaShape.read(dataSource), theirs, (key, ours, hibernate) -> {
			if (accepted.containsKey(key)) {
				return accepted.get(key);
			}
			String table = SchemaShape.tableOf(key);
			if (notCreated.containsKey(table)) {
				return "Hibernate cannot create this table: " + notCreated.get(table);
			}
			if (key.startsWith("fk ") && hibernate == null && ours != null
					&& notCreated.containsKey(referencedTable(ours))) {
				return "Hibernate cannot create the referenced table " + referencedTable(ours);
			}
			if (key.startsWith("pk ") && ours != null && hibernate != null && sameColumns(ours, hibernate)) {
				return PRIMARY_KEY_ORDER;
			}
			if (ours != null && hibernate != null && ours.startsWith("unique ") && hibernate.startsWith("unique ")
					&& !hibernate.startsWith("unique uk")) {
				return UNNAMED_UNIQUE;
			}
			return acceptedOnThisDatabase(key, ours, hibernate, theirs.typeNames().get(key));
		});
	}

	private static boolean sameColumns(String columns, String others) {
		return new java.util.TreeSet<>(List.of(columns.split(", |\\(|\\)")))
			.equals(new java.util.TreeSet<>(List.of(others.split(", |\\(|\\)"))));
	}

	private static String referencedTable(String foreignKey) {
		String target = foreignKey.substring(foreignKey.indexOf("-> ") + 3);
		return target.substring(0, target.indexOf('('));
	}

	private List<Class<?>> entities(PublishedModel model) {
		return this.entities.computeIfAbsent(model.name(), (name) -> model.scan());
	}

	private HibernateCreate oracle(PublishedModel model) {
		return this.oracles.computeIfAbsent(model.name(),
				(name) -> HibernateCreate.run(this.oracleDatabase, entities(model)));
	}

}
