package io.github.automigrate.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A data source over one open connection, as a pool would hand it out (closing it keeps
 * it open), that counts JDBC round trips with {@link Proxy dynamic proxies} around the
 * connection, its metadata and its statements: every {@link DatabaseMetaData} method that
 * returns a {@link ResultSet}, and every {@code execute*} of a statement.
 */
public final class CountingDataSource implements DataSource {

	private final Connection physical;

	private final AtomicLong metadata = new AtomicLong();

	private final AtomicLong statements = new AtomicLong();

	/**
	 * Creates a data source over a connection.
	 * @param physical the connection, which the caller closes
	 */
	public CountingDataSource(Connection physical) {
		this.physical = physical;
	}

	/** The counts so far. */
	public JdbcCounts counts() {
		return new JdbcCounts(this.metadata.get(), this.statements.get());
	}

	@Override
	public Connection getConnection() {
		return proxy(Connection.class, this.physical, this::connectionCall);
	}

	@Override
	public Connection getConnection(String username, String password) {
		return getConnection();
	}

	private Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
		switch (method.getName()) {
			case "close":
				return null;
			case "getMetaData":
				return proxy(DatabaseMetaData.class, invoke(target, method, args), this::metadataCall);
			case "createStatement":
				return proxy(Statement.class, invoke(target, method, args), this::statementCall);
			case "prepareStatement":
				return proxy(PreparedStatement.class, invoke(target, method, args), this::statementCall);
			case "prepareCall":
				return proxy(CallableStatement.class, invoke(target, method, args), this::statementCall);
			default:
				return invoke(target, method, args);
		}
	}

	private Object metadataCall(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("getConnection")) {
			// What is run on the metadata's connection is counted too.
			return proxy(Connection.class, invoke(target, method, args), this::connectionCall);
		}
		if (ResultSet.class.isAssignableFrom(method.getReturnType())) {
			this.metadata.incrementAndGet();
		}
		return invoke(target, method, args);
	}

	private Object statementCall(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().startsWith("execute")) {
			this.statements.incrementAndGet();
		}
		return invoke(target, method, args);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static <T> T proxy(Class<T> type, Object target, Call call) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getDeclaringClass() == Object.class) {
				return switch (method.getName()) {
					case "equals" -> proxy == args[0];
					case "hashCode" -> System.identityHashCode(proxy);
					default -> "Counting " + target;
				};
			}
			return call.handle(target, method, args);
		};
		return type
			.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	@Override
	public PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() {
		return Logger.getGlobal();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		throw new SQLException("Not a wrapper of " + type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return false;
	}

	/** One intercepted call. */
	@FunctionalInterface
	private interface Call {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

}
