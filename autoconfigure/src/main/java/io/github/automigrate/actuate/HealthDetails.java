package io.github.automigrate.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.automigrate.report.MigrationReport;

/**
 * The health details of a run, shared by the health indicators of both Spring Boot
 * generations: kept apart from them so that neither generation loads the other's health
 * API.
 */
final class HealthDetails {

	private HealthDetails() {
	}

	static Map<String, Object> of(MigrationReport report) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("outcome", report.outcome().name());
		details.put("database", report.database());
		details.put("pendingDrift", report.drift().size());
		details.put("executedStatements", report.executedCount());
		details.put("startedAt", report.startedAt().toString());
		if (report.error() != null) {
			details.put("error", report.error());
		}
		return details;
	}

}
