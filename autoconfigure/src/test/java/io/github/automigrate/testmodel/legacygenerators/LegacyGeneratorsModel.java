package io.github.automigrate.testmodel.legacygenerators;

import java.util.List;

/**
 * Identifiers drawn from Hibernate's legacy {@code @GenericGenerator}: a sequence or a
 * table named by its parameters, by strategy name, by class name or by {@code type}.
 */
public final class LegacyGeneratorsModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Invoice.class, Receipt.class, Voucher.class, Ledger.class,
			Coupon.class);

	private LegacyGeneratorsModel() {
	}

}
