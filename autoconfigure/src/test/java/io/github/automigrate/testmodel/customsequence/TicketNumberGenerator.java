package io.github.automigrate.testmodel.customsequence;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;

/**
 * A sequence generator that changes only how a value is generated (it keeps an assigned
 * number): the sequence is the one Hibernate's {@code SequenceStyleGenerator} is
 * configured with by default.
 */
public class TicketNumberGenerator extends SequenceStyleGenerator {

	@Override
	public Object generate(SharedSessionContractImplementor session, Object object) {
		return super.generate(session, object);
	}

	@Override
	public boolean allowAssignedIdentifiers() {
		return true;
	}

}
