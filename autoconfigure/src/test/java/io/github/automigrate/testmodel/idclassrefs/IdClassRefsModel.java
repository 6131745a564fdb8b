package io.github.automigrate.testmodel.idclassrefs;

import java.util.List;

/**
 * {@code @IdClass} keys with an {@code @Id @ManyToOne}, the key class typing it by the
 * entity or by the id.
 */
public final class IdClassRefsModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Tenant.class, TenantSetting.class, TenantLabel.class);

	private IdClassRefsModel() {
	}

}
