package io.github.automigrate.testmodel.authserver;

import java.util.List;

/**
 * Entities in the style of Spring Authorization Server's JPA sample: String ids, tables
 * named with quoted (and mixed-case) names, many long strings, {@code Instant}s,
 * {@code columnDefinition = "text"} and a key with {@code @IdClass}, for the fidelity
 * tests.
 */
public final class AuthServerModel {

	public static final List<Class<?>> CLASSES = List.of(OAuthClient.class, OAuthAuthorization.class,
			OAuthConsent.class);

	private AuthServerModel() {
	}

}
