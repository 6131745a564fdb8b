package io.github.automigrate.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for AutoMigrate.
 */
@ConfigurationProperties("schema.automigrate")
public class AutoMigrateProperties {

	/**
	 * Whether to migrate the schema at start-up.
	 */
	private boolean enabled = true;

	/**
	 * Packages to scan for entity classes. When empty, the @EntityScan packages are used,
	 * else the auto-configuration packages (the package of the @SpringBootApplication
	 * class).
	 */
	private List<String> packages = new ArrayList<>();

	/**
	 * Whether to plan and report the changes without executing them.
	 */
	private boolean dryRun = false;

	/**
	 * Whether a failed statement stops start-up. When false, the failure is reported and
	 * the application starts.
	 */
	private boolean failOnError = true;

	/**
	 * How long to wait for the schema lock while another instance migrates the same
	 * database.
	 */
	private Duration lockTimeout = Duration.ofSeconds(60);

	/**
	 * Directory that receives each run's plan as a Flyway versioned migration
	 * (V<timestamp>__automigrate.sql), with dry-run too; an empty plan writes nothing. A
	 * "filesystem:" or "file:" prefix is accepted.
	 */
	private @Nullable String scriptLocation;

	/**
	 * Whether a start skips comparing the entities with the schema when both are
	 * unchanged since a start that found nothing to do: the entities' expected schema and
	 * the database's catalog fingerprint are compared with those the history table
	 * recorded. Needs the history table; not on H2, which has no cheap catalog
	 * fingerprint.
	 */
	private boolean skipWhenUnchanged = true;

	/**
	 * The history table, which records every run and every statement.
	 */
	private final History history = new History();

	/**
	 * How Spring Data JDBC aggregates are migrated.
	 */
	private final DataJdbc dataJdbc = new DataJdbc();

	/**
	 * JDBC URL of the database to migrate, over a connection of AutoMigrate's own (the
	 * application's DataSource is left untouched). If not set, the DataSource
	 * marked @AutoMigrateDataSource is migrated, else the primary one.
	 */
	private @Nullable String url;

	/**
	 * Login user of the database to migrate. Without schema.automigrate.url, AutoMigrate
	 * connects with this user to the primary DataSource's database.
	 */
	private @Nullable String user;

	/**
	 * Login password of the database to migrate.
	 */
	private @Nullable String password;

	/**
	 * Fully qualified name of the JDBC driver of schema.automigrate.url. Auto-detected
	 * based on the URL by default.
	 */
	private @Nullable String driverClassName;

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getDriverClassName() {
		return this.driverClassName;
	}

	public void setDriverClassName(@Nullable String driverClassName) {
		this.driverClassName = driverClassName;
	}

	public boolean isSkipWhenUnchanged() {
		return this.skipWhenUnchanged;
	}

	public void setSkipWhenUnchanged(boolean skipWhenUnchanged) {
		this.skipWhenUnchanged = skipWhenUnchanged;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public @Nullable String getScriptLocation() {
		return this.scriptLocation;
	}

	public void setScriptLocation(@Nullable String scriptLocation) {
		this.scriptLocation = scriptLocation;
	}

	public History getHistory() {
		return this.history;
	}

	public DataJdbc getDataJdbc() {
		return this.dataJdbc;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getPackages() {
		return this.packages;
	}

	public void setPackages(List<String> packages) {
		this.packages = packages;
	}

	public boolean isDryRun() {
		return this.dryRun;
	}

	public void setDryRun(boolean dryRun) {
		this.dryRun = dryRun;
	}

	public boolean isFailOnError() {
		return this.failOnError;
	}

	public void setFailOnError(boolean failOnError) {
		this.failOnError = failOnError;
	}

	/**
	 * The history table, which records every run and every statement.
	 */
	public static class History {

		/**
		 * Whether to record runs in the history table.
		 */
		private boolean enabled = true;

		/**
		 * Name of the history table. AutoMigrate creates it; a table of this name that is
		 * not AutoMigrate's history is never touched, and stops the start.
		 */
		private String table = "automigrate_history";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getTable() {
			return this.table;
		}

		public void setTable(String table) {
			this.table = table;
		}

	}

	/**
	 * How Spring Data JDBC aggregates are migrated.
	 */
	public static class DataJdbc {

		/**
		 * Whether a column of an AggregateReference gets a foreign key to the referenced
		 * aggregate's id. Spring Data JDBC declares none: with the key, a referenced
		 * aggregate cannot be deleted while it is referenced.
		 */
		private boolean referenceForeignKeys = false;

		public boolean isReferenceForeignKeys() {
			return this.referenceForeignKeys;
		}

		public void setReferenceForeignKeys(boolean referenceForeignKeys) {
			this.referenceForeignKeys = referenceForeignKeys;
		}

	}

}
