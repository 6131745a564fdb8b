package io.github.automigrate.published;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.TestDatabase;

/**
 * Hibernate's own {@code create} on an empty database, statement by statement as
 * Hibernate runs it (a statement the database rejects is logged and skipped), keeping
 * what was rejected and why: the oracle the tests compare with.
 *
 * @param dataSource the database Hibernate's statements ran on
 * @param rejected the statements the database rejected, with its message
 */
record HibernateCreate(DataSource dataSource, Map<String, String> rejected) {

	private static final Pattern CREATE_TABLE = Pattern.compile("^create table (\\S+)", Pattern.CASE_INSENSITIVE);

	/**
	 * Hibernate's statements per database kind and model: building them takes as long as
	 * a start of Hibernate.
	 */
	private static final Map<String, List<String>> SCRIPTS = new java.util.concurrent.ConcurrentHashMap<>();

	static HibernateCreate run(TestDatabase database, List<Class<?>> entities) {
		DataSource dataSource = database.create();
		List<String> script = SCRIPTS.computeIfAbsent(database.name() + " " + entities,
				(key) -> HibernateSchemaTool.createScript(database, dataSource, entities));
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Map<String, String> rejected = new LinkedHashMap<>();
		for (String statement : script) {
			try {
				jdbc.execute(statement);
			}
			catch (DataAccessException ex) {
				rejected.put(statement, ex.getMostSpecificCause().getMessage());
			}
		}
		return new HibernateCreate(dataSource, rejected);
	}

	/**
	 * The tables whose {@code create table} the database rejected, with its message.
	 * @return messages by lower-case table name
	 */
	Map<String, String> tablesNotCreated() {
		Map<String, String> tables = new LinkedHashMap<>();
		this.rejected.forEach((statement, message) -> {
			Matcher matcher = CREATE_TABLE.matcher(statement);
			if (matcher.find()) {
				tables.put(matcher.group(1).replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT), message);
			}
		});
		return tables;
	}

}
