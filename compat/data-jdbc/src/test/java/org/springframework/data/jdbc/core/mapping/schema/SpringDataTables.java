package org.springframework.data.jdbc.core.mapping.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * The table and column names Spring Data JDBC's own schema model ({@code Tables.from},
 * which its {@code LiquibaseChangeSetWriter} writes from) gives for the entities of a
 * mapping context. {@code Tables} is package-private: this helper lives in its package,
 * in test code only.
 */
public final class SpringDataTables {

	private SpringDataTables() {
	}

	/**
	 * Table names and their column names, as Spring Data's model has them (raw,
	 * unquoted).
	 * @param context the mapping context, its entities already created
	 * @return each table's columns
	 */
	public static Map<String, List<String>> of(RelationalMappingContext context) {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		for (Table table : Tables.from(context).tables()) {
			tables.put(table.name(), table.columns().stream().map(Column::name).toList());
		}
		return tables;
	}

}
