package io.github.automigrate.testmodel.keycloak;

import java.util.List;

/** Identity entities shaped after Keycloak's JPA model, for the fidelity tests. */
public final class KeycloakModel {

	public static final List<Class<?>> CLASSES = List.of(RealmEntity.class, RealmAttributeEntity.class,
			UserEntity.class, UserAttributeEntity.class, CredentialEntity.class, RoleEntity.class,
			UserRoleMappingEntity.class, ComponentEntity.class, ComponentConfigEntity.class,
			FederatedIdentityEntity.class);

	private KeycloakModel() {
	}

}
