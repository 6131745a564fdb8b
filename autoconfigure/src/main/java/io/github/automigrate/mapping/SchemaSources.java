package io.github.automigrate.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;

/**
 * Reads every schema source and merges what they read into one expected schema. A table
 * (or sequence) that two sources map identically, but for where each says it comes from,
 * counts once; two sources that map one table differently stop the run with a
 * {@link MappingException} naming both sources and both origins. Names are compared as
 * the database tells them apart, by a rule the caller passes in: a quoted {@code "ID"}
 * and an unquoted {@code id} are one column on H2 and two on PostgreSQL.
 */
public final class SchemaSources {

	private final List<SchemaSource> sources;

	private final Supplier<Function<Identifier, String>> names;

	/**
	 * Creates the merger of some sources that compares names ignoring case.
	 * @param sources the sources, in order: the first to map a table gives its origin
	 */
	public SchemaSources(List<SchemaSource> sources) {
		this(sources, () -> Identifier::key);
	}

	/**
	 * Creates the merger of some sources that compares names as the database does.
	 * @param sources the sources, in order: the first to map a table gives its origin
	 * @param names the rule, asked for only when two sources found something: the key
	 * under which the database tells names apart (two names with one key name one object)
	 */
	public SchemaSources(List<SchemaSource> sources, Supplier<Function<Identifier, String>> names) {
		this.sources = List.copyOf(sources);
		this.names = names;
	}

	/**
	 * Reads every source and merges what they read.
	 * @param dataSource the database the schema is for
	 * @return the merged schema, empty when no source found anything
	 * @throws MappingException if a source cannot map a class, or two sources map one
	 * table differently
	 */
	public MappedSchema read(DataSource dataSource) {
		List<Sourced<MappedSchema>> reads = new ArrayList<>();
		for (SchemaSource source : this.sources) {
			MappedSchema read = source.read(dataSource);
			if (!read.isEmpty()) {
				reads.add(new Sourced<>(source.name(), read));
			}
		}
		// One source has nothing to be merged with: the database is not asked its rule.
		Merged merged = new Merged((reads.size() > 1) ? this.names.get() : Identifier::key);
		reads.forEach((read) -> merged.add(read.source(), read.value()));
		return merged.toMappedSchema();
	}

	/**
	 * Where the sources looked for classes, for the report.
	 * @return the packages, each once, in the sources' order
	 */
	public List<String> packages() {
		Set<String> packages = new LinkedHashSet<>();
		this.sources.forEach((source) -> packages.addAll(source.packages()));
		return List.copyOf(packages);
	}

	/**
	 * The sources' names, for messages.
	 * @return their names, comma-separated, or {@code "none"}
	 */
	public String names() {
		return this.sources.isEmpty() ? "none"
				: String.join(", ", this.sources.stream().map(SchemaSource::name).toList());
	}

	/**
	 * The schema merged so far, and which source mapped each table and sequence first.
	 */
	private static final class Merged {

		private static final String CASE_ONLY = ": two names to this database, which keeps the case of a quoted"
				+ " name and folds an unquoted one.";

		private final Function<Identifier, String> names;

		private final Map<String, Sourced<Table>> tables = new LinkedHashMap<>();

		private final Map<String, Sourced<Sequence>> sequences = new LinkedHashMap<>();

		private final List<String> warnings = new ArrayList<>();

		private final Set<String> entities = new LinkedHashSet<>();

		private final Set<String> runtimeTablePrefixes = new LinkedHashSet<>();

		Merged(Function<Identifier, String> names) {
			this.names = names;
		}

		void add(String source, MappedSchema read) {
			for (Table table : read.schema().tables()) {
				Sourced<Table> known = this.tables.putIfAbsent(table.name().key(), new Sourced<>(source, table));
				if (known != null && !sameShape(known.value(), table)) {
					throw conflict(known.source(), origin(known.value()), source, origin(table),
							"table " + table.name(), difference(known.value(), table));
				}
			}
			for (Sequence sequence : read.schema().sequences()) {
				Sourced<Sequence> known = this.sequences.putIfAbsent(sequence.name().key(),
						new Sourced<>(source, sequence));
				if (known != null && !known.value().equals(sequence)) {
					throw conflict(known.source(), sequence.name().toString(), source, sequence.name().toString(),
							"sequence " + sequence.name(),
							"one as " + known.value() + ", the other as " + sequence + ".");
				}
			}
			this.warnings.addAll(read.warnings());
			this.entities.addAll(read.entities());
			this.runtimeTablePrefixes.addAll(read.runtimeTablePrefixes());
		}

		MappedSchema toMappedSchema() {
			Schema schema = new Schema(this.tables.values().stream().map(Sourced::value).toList(),
					this.sequences.values().stream().map(Sourced::value).toList());
			return new MappedSchema(schema, this.warnings, List.copyOf(this.entities), this.runtimeTablePrefixes);
		}

		private static MappingException conflict(String firstSource, String firstOrigin, String secondSource,
				String secondOrigin, String what, String difference) {
			return new MappingException(
					firstSource + " (" + firstOrigin + ") and " + secondSource + " (" + secondOrigin + ")",
					"map the " + what + " differently: " + difference,
					"Map it in one of them only, or map it the same way in both.");
		}

		private static String origin(Table table) {
			return (table.origin() != null) ? table.origin() : table.name().toString();
		}

		/**
		 * The same table as the database sees it: names matched as the database tells
		 * them apart (an unquoted {@code id} and Spring Data's quoted {@code "ID"} are
		 * one column on H2, two on PostgreSQL), columns with their types and constraints,
		 * the primary key, indexes and foreign keys by their columns. Where things come
		 * from, comments, constraint names and the value existing rows get are not
		 * compared.
		 */
		private boolean sameShape(Table first, Table second) {
			return shape(first).equals(shape(second));
		}

		private List<Object> shape(Table table) {
			return List.of(name(table.name()), table.columns().stream().map(this::columnShape).toList(),
					keys(table.primaryKey()),
					table.indexes().stream().map((index) -> List.of(keys(index.columns()), index.unique())).toList(),
					table.foreignKeys()
						.stream()
						.map((key) -> List.of(keys(key.columns()), name(key.referencedTable()),
								keys(key.referencedColumns())))
						.toList());
		}

		private List<String> keys(List<Identifier> names) {
			return names.stream().map(this.names).toList();
		}

		private List<@Nullable String> name(TableName table) {
			return Arrays.asList((table.schema() != null) ? this.names.apply(table.schema()) : null,
					this.names.apply(table.name()));
		}

		private static Table withoutOrigins(Table table) {
			return new Table(table.name(), table.columns().stream().map(Merged::withoutOrigin).toList(),
					table.primaryKey(), table.indexes(), table.foreignKeys(), null);
		}

		private static Column withoutOrigin(Column column) {
			return column.toBuilder().origin(null).comment(null).build();
		}

		/** The first difference between two mappings of one table, in words. */
		private String difference(Table first, Table second) {
			if (!name(first.name()).equals(name(second.name()))) {
				return "the table is named " + quoted(first.name()) + " in the first, " + quoted(second.name())
						+ " in the second" + CASE_ONLY;
			}
			List<Column> firstColumns = withoutOrigins(first).columns();
			List<Column> secondColumns = withoutOrigins(second).columns();
			for (int i = 0; i < Math.max(firstColumns.size(), secondColumns.size()); i++) {
				@Nullable Column one = (i < firstColumns.size()) ? firstColumns.get(i) : null;
				@Nullable Column other = (i < secondColumns.size()) ? secondColumns.get(i) : null;
				if (!Objects.equals(columnShape(one), columnShape(other))) {
					boolean caseOnly = one != null && other != null && one.name().key().equals(other.name().key())
							&& !this.names.apply(one.name()).equals(this.names.apply(other.name()));
					return "column " + (i + 1) + " is " + describe(one) + " in the first, " + describe(other)
							+ " in the second" + (caseOnly ? CASE_ONLY : ".");
				}
			}
			if (!keys(first.primaryKey()).equals(keys(second.primaryKey()))) {
				return "the primary key is " + first.primaryKey() + " in the first, " + second.primaryKey()
						+ " in the second.";
			}
			if (!first.indexes().equals(second.indexes())) {
				return "the indexes and unique keys are " + first.indexes() + " in the first, " + second.indexes()
						+ " in the second.";
			}
			return "the foreign keys are " + first.foreignKeys() + " in the first, " + second.foreignKeys()
					+ " in the second.";
		}

		private @Nullable List<Object> columnShape(@Nullable Column column) {
			return (column != null) ? List.of(this.names.apply(column.name()), column.type(), column.nullable(),
					column.unique(), column.identity(), String.valueOf(column.defaultExpression())) : null;
		}

		/** A name as mapped: quoted where the mapping quoted it. */
		private static String quoted(Identifier name) {
			return name.quoted() ? "\"" + name.text() + "\"" : name.text();
		}

		private static String quoted(TableName name) {
			return ((name.schema() != null) ? quoted(name.schema()) + "." : "") + quoted(name.name());
		}

		private static String describe(@Nullable Column column) {
			if (column == null) {
				return "missing";
			}
			return quoted(column.name()) + " " + column.type() + (column.nullable() ? "" : " not null")
					+ (column.unique() ? " unique" : "") + (column.identity() ? " identity" : "")
					+ ((column.defaultExpression() != null) ? " default " + column.defaultExpression() : "")
					+ ((column.fallbackDefault() != null) ? " (existing rows: " + column.fallbackDefault() + ")" : "");
		}

	}

	private record Sourced<T>(String source, T value) {

	}

}
