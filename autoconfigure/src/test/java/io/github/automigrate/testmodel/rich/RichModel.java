package io.github.automigrate.testmodel.rich;

import java.util.List;

/** Every mapping feature of the rich model, for the fidelity tests. */
public final class RichModel {

	public static final List<Class<?>> CLASSES = List.of(Party.class, Person.class, Company.class, Tag.class,
			Employment.class, Document.class, Invoice.class, Payment.class, CardPayment.class, Ledger.class,
			LedgerLine.class, Country.class, PersonDetail.class, PriorityConverter.class);

	private RichModel() {
	}

}
