package io.github.automigrate.testmodel.customsequence;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;

/**
 * A sequence generator that only adds to each number it draws: the sequence is the one
 * Hibernate's {@code SequenceStyleGenerator} configures by default.
 */
public class TicketNumberGenerator extends SequenceStyleGenerator {

	@Override
	public Object generate(SharedSessionContractImplementor session, Object object) {
		return super.generate(session, object);
	}

}
