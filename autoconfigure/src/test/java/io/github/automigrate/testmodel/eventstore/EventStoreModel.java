package io.github.automigrate.testmodel.eventstore;

import java.util.List;

/**
 * Entities in the style of Axon Framework's JPA event store: a mapped-superclass event
 * entry with required strings and {@code @Lob} byte payloads of a given length, a
 * generated {@code long} global index, keys with {@code @IdClass}, indexes named by
 * attribute in {@code columnList}, a serialized saga and a dead-letter queue, for the
 * fidelity tests.
 */
public final class EventStoreModel {

	public static final List<Class<?>> CLASSES = List.of(DomainEvent.class, Snapshot.class, TrackingToken.class,
			StoredSaga.class, SagaAssociation.class, DeadLetter.class);

	private EventStoreModel() {
	}

}
