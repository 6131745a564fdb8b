package io.github.automigrate.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;

/**
 * Reads every schema source and merges what they read into one expected schema. A table
 * (or sequence) that two sources map identically, but for where each says it comes from,
 * counts once; two sources that map one table differently stop the run with a
 * {@link MappingException} naming both sources and both origins.
 */
public final class SchemaSources {

	private final List<SchemaSource> sources;

	/**
	 * Creates the merger of some sources.
	 * @param sources the sources, in order: the first to map a table gives its origin
	 */
	public SchemaSources(List<SchemaSource> sources) {
		this.sources = List.copyOf(sources);
	}

	/**
	 * Reads every source and merges what they read.
	 * @param dataSource the database the schema is for
	 * @return the merged schema, empty when no source found anything
	 * @throws MappingException if a source cannot map a class, or two sources map one
	 * table differently
	 */
	public MappedSchema read(DataSource dataSource) {
		Merged merged = new Merged();
		for (SchemaSource source : this.sources) {
			MappedSchema read = source.read(dataSource);
			if (!read.isEmpty()) {
				merged.add(source.name(), read);
			}
		}
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

		private final Map<String, Sourced<Table>> tables = new LinkedHashMap<>();

		private final Map<String, Sourced<Sequence>> sequences = new LinkedHashMap<>();

		private final List<String> warnings = new ArrayList<>();

		private final Set<String> entities = new LinkedHashSet<>();

		private final Set<String> runtimeTablePrefixes = new LinkedHashSet<>();

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
		 * The same table as the database sees it: names matched by their keys, as the
		 * rest of the pipeline matches them (an unquoted {@code id} and Spring Data's
		 * quoted {@code "ID"} are one column on H2), columns with their types and
		 * constraints, the primary key, indexes and foreign keys by their columns. Where
		 * things come from, comments, constraint names and the value existing rows get
		 * are not compared.
		 */
		private static boolean sameShape(Table first, Table second) {
			return shape(first).equals(shape(second));
		}

		private static List<Object> shape(Table table) {
			return List.of(
					table.columns()
						.stream()
						.map((column) -> List.of(column.name().key(), column.type(), column.nullable(), column.unique(),
								column.identity(), String.valueOf(column.defaultExpression())))
						.toList(),
					keys(table.primaryKey()),
					table.indexes().stream().map((index) -> List.of(keys(index.columns()), index.unique())).toList(),
					table.foreignKeys()
						.stream()
						.map((key) -> List.of(keys(key.columns()), key.referencedTable().key(),
								keys(key.referencedColumns())))
						.toList());
		}

		private static List<String> keys(List<Identifier> names) {
			return names.stream().map(Identifier::key).toList();
		}

		private static Table withoutOrigins(Table table) {
			return new Table(table.name(), table.columns().stream().map(Merged::withoutOrigin).toList(),
					table.primaryKey(), table.indexes(), table.foreignKeys(), null);
		}

		private static Column withoutOrigin(Column column) {
			return column.toBuilder().origin(null).comment(null).build();
		}

		/** The first difference between two mappings of one table, in words. */
		private static String difference(Table first, Table second) {
			List<Column> firstColumns = withoutOrigins(first).columns();
			List<Column> secondColumns = withoutOrigins(second).columns();
			for (int i = 0; i < Math.max(firstColumns.size(), secondColumns.size()); i++) {
				@Nullable Column one = (i < firstColumns.size()) ? firstColumns.get(i) : null;
				@Nullable Column other = (i < secondColumns.size()) ? secondColumns.get(i) : null;
				if (!Objects.equals(columnShape(one), columnShape(other))) {
					return "column " + (i + 1) + " is " + describe(one) + " in the first, " + describe(other)
							+ " in the second.";
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

		private static @Nullable List<Object> columnShape(@Nullable Column column) {
			return (column != null) ? List.of(column.name().key(), column.type(), column.nullable(), column.unique(),
					column.identity(), String.valueOf(column.defaultExpression())) : null;
		}

		private static String describe(@Nullable Column column) {
			if (column == null) {
				return "missing";
			}
			return column.name() + " " + column.type() + (column.nullable() ? "" : " not null")
					+ (column.unique() ? " unique" : "") + (column.identity() ? " identity" : "")
					+ ((column.defaultExpression() != null) ? " default " + column.defaultExpression() : "")
					+ ((column.fallbackDefault() != null) ? " (existing rows: " + column.fallbackDefault() + ")" : "");
		}

	}

	private record Sourced<T>(String source, T value) {

	}

}
