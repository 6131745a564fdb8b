package io.github.automigrate.testmodel.jhipster;

import java.util.List;

/**
 * A model shaped after the JHipster sample application (jhipster/jhipster-sample-app):
 * the auditing superclass, the user and its authorities, the generated bank account,
 * operation and label entities, the older audit event, and the one-to-one of the HR
 * sample (department and location).
 */
public final class JHipsterModel {

	public static final List<Class<?>> CLASSES = List.of(User.class, Authority.class, BankAccount.class,
			Operation.class, Label.class, PersistentAuditEvent.class, Location.class, Department.class);

	private JHipsterModel() {
	}

}
