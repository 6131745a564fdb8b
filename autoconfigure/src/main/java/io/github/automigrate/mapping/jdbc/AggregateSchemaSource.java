package io.github.automigrate.mapping.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.SchemaSource;
import io.github.automigrate.model.Schema;

/**
 * The tables Spring Data JDBC aggregates need: one per aggregate root ({@code @Table}
 * classes in the scanned packages, repository domain types) and one per entity-typed
 * property path below it, with the names Spring Data renders on this database and the
 * column types its conversions bind.
 */
public final class AggregateSchemaSource implements SchemaSource {

	private final @Nullable ApplicationContext application;

	private final List<String> packages;

	private final @Nullable Set<Class<?>> roots;

	private final boolean referenceForeignKeys;

	/**
	 * A source that reads the application's aggregates with the application's Spring Data
	 * JDBC settings.
	 * @param application the application
	 * @param packages the packages to scan for {@code @Table} classes, or empty to scan
	 * where Spring Boot does
	 */
	public AggregateSchemaSource(ApplicationContext application, List<String> packages) {
		this(application, packages, null, false);
	}

	private AggregateSchemaSource(@Nullable ApplicationContext application, List<String> packages,
			@Nullable Set<Class<?>> roots, boolean referenceForeignKeys) {
		this.application = application;
		this.packages = List.copyOf(packages);
		this.roots = (roots != null) ? Set.copyOf(roots) : null;
		this.referenceForeignKeys = referenceForeignKeys;
	}

	/**
	 * The same source, with or without a foreign key from every
	 * {@code AggregateReference} column to the referenced aggregate's id (off by default,
	 * as Spring Data declares none: such a key stops the referenced aggregate from being
	 * deleted while referenced).
	 * @param referenceForeignKeys whether reference columns get a foreign key
	 * @return the source
	 */
	public AggregateSchemaSource withReferenceForeignKeys(boolean referenceForeignKeys) {
		return new AggregateSchemaSource(this.application, this.packages, this.roots, referenceForeignKeys);
	}

	/**
	 * A source for the given aggregate roots, read with Spring Data's defaults: the
	 * dialect it detects, its default naming strategy, no converters of the
	 * application's.
	 * @param roots the aggregate root classes
	 * @return the source
	 */
	public static AggregateSchemaSource of(Collection<Class<?>> roots) {
		return new AggregateSchemaSource(null, List.of(), Set.copyOf(roots), false);
	}

	@Override
	public String name() {
		return "Spring Data JDBC aggregates";
	}

	@Override
	public MappedSchema read(DataSource dataSource) {
		Set<Class<?>> roots = (this.roots != null || this.application == null) ? this.roots
				: new AggregateRoots(this.application, this.packages).find();
		if (roots == null || roots.isEmpty()) {
			return new MappedSchema(new Schema(List.of(), List.of()), List.of());
		}
		SpringDataJdbc springData = (this.application != null) ? SpringDataJdbc.of(this.application, dataSource)
				: SpringDataJdbc.defaults(dataSource);
		SqlNames names = new SqlNames(springData.dialect().getIdentifierProcessing());
		return new AggregateSchemaReader(springData.context(), springData.converter(), springData.conversions(), names,
				JdbcDialect.getArraySupport(springData.dialect()), this.referenceForeignKeys)
			.read(roots);
	}

}
