package io.github.automigrate.testmodel.iot;

/** The kinds of entity an alarm or a log line can be about. */
public enum EntityType {

	TENANT, CUSTOMER, DEVICE, ASSET, DEVICE_PROFILE, ALARM, DASHBOARD, RULE_CHAIN

}
