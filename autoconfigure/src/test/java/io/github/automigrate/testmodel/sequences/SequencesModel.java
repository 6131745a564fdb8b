package io.github.automigrate.testmodel.sequences;

import java.util.List;

/** Implicit and half-declared sequences, next to quoted and renamed tables. */
public final class SequencesModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Account.class, AuditEntry.class, Voucher.class, Ticket.class);

	private SequencesModel() {
	}

}
