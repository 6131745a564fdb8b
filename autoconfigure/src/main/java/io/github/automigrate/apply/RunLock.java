package io.github.automigrate.apply;

import java.sql.SQLException;
import java.time.Duration;

import io.github.automigrate.dialect.SchemaLock;

/**
 * The schema lock as a run takes it: for the whole run when the lock guards reads too (a
 * lock within the JVM, a Galera node), else only while it changes the schema. Taken once
 * either way.
 */
final class RunLock {

	/**
	 * What a step gets when the lock is not its to take: the run holds it already, or
	 * takes it later.
	 */
	private static final SchemaLock.Held NOT_TAKEN_HERE = () -> {
	};

	private final Session session;

	private final SchemaLock lock;

	private final Duration timeout;

	private final boolean guardsReads;

	private RunLock(Session session, SchemaLock lock, Duration timeout, boolean guardsReads) {
		this.session = session;
		this.lock = lock;
		this.timeout = timeout;
		this.guardsReads = guardsReads;
	}

	static RunLock of(Session session, Duration timeout) throws SQLException {
		SchemaLock lock = session.dialect().schemaLock();
		return new RunLock(session, lock, timeout, lock.guardsReads(session.connection()));
	}

	/**
	 * Whether the run reads under the lock, so that a plan made at its start needs no
	 * second look.
	 */
	boolean coversReads() {
		return this.guardsReads;
	}

	/** Takes the lock for the whole run, if it guards reads. */
	SchemaLock.Held forTheRun() throws SQLException {
		return this.guardsReads ? acquire() : NOT_TAKEN_HERE;
	}

	/** Takes the lock to change the schema, unless the run holds it already. */
	SchemaLock.Held forChanges() throws SQLException {
		return this.guardsReads ? NOT_TAKEN_HERE : acquire();
	}

	private SchemaLock.Held acquire() throws SQLException {
		return this.lock.acquire(this.session.connection(), SchemaLock.nameOf(this.session.connection()), this.timeout);
	}

}
