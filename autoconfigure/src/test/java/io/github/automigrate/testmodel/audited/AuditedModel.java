package io.github.automigrate.testmodel.audited;

import java.util.List;

/**
 * Entities audited by Hibernate Envers, shaped after Spring Data's Envers example, with
 * inheritance, collections and the annotations that shape audit tables.
 */
public final class AuditedModel {

	public static final List<Class<?>> CLASSES = List.of(Person.class, Country.class, Team.class, Note.class,
			Document.class, Invoice.class, Vehicle.class, Car.class, Attachment.class);

	private AuditedModel() {
	}

}
