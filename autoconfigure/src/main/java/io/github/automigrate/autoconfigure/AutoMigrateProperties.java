package io.github.automigrate.autoconfigure;

import java.util.ArrayList;
import java.util.List;

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
	 * Packages to scan for entity classes. When empty, the @EntityScan packages are used, else the auto-configuration
	 * packages (the package of the @SpringBootApplication class).
	 */
	private List<String> packages = new ArrayList<>();

	/**
	 * Whether to plan and report the changes without executing them.
	 */
	private boolean dryRun = false;

	/**
	 * Whether a failed statement stops start-up. When false, the failure is reported and the application starts.
	 */
	private boolean failOnError = true;

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

}
