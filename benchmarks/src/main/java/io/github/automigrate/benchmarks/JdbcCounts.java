package io.github.automigrate.benchmarks;

/**
 * JDBC round trips counted by a {@link CountingDataSource}.
 *
 * @param metadata calls of {@link java.sql.DatabaseMetaData} methods that return a result
 * set (each is a catalog query)
 * @param statements statement executions ({@code execute*}; a batch counts once)
 */
public record JdbcCounts(long metadata, long statements) {

	/** Both kinds together. */
	public long total() {
		return this.metadata + this.statements;
	}

	/**
	 * The difference from another count.
	 * @param other the count to subtract
	 * @return this minus other
	 */
	public JdbcCounts minus(JdbcCounts other) {
		return new JdbcCounts(this.metadata - other.metadata, this.statements - other.statements);
	}

}
