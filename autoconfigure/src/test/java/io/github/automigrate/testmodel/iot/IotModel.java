package io.github.automigrate.testmodel.iot;

import java.util.List;

/**
 * Entities in the style of an IoT platform such as ThingsBoard: plain {@code UUID} ids
 * and tenant ids, {@code long} created times, JSON trees kept as very long strings
 * through an {@code AttributeConverter}, enums by name, and time-series rows keyed with
 * {@code @IdClass} by entity id, key and timestamp, for the fidelity tests.
 */
public final class IotModel {

	public static final List<Class<?>> CLASSES = List.of(Tenant.class, DeviceProfile.class, Device.class, Alarm.class,
			AuditLog.class, TsKv.class, TsKvLatest.class, AttributeKv.class);

	private IotModel() {
	}

}
