package io.github.automigrate.testsupport;

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

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the JDBC round trips made through a data source, with dynamic proxies around its
 * connections, their metadata and their statements: each {@link DatabaseMetaData} method
 * that returns a {@link ResultSet} (a catalog query), and each {@code execute*} of a
 * statement.
 */
public final class CountingDataSource extends DelegatingDataSource {

	private final AtomicLong metadata = new AtomicLong();

	private final AtomicLong statements = new AtomicLong();

	public CountingDataSource(DataSource target) {
		super(target);
	}

	/** The metadata calls that returned a result set, so far. */
	public long metadataCalls() {
		return this.metadata.get();
	}

	/** The statement executions, so far. */
	public long statementExecutions() {
		return this.statements.get();
	}

	/** Sets both counts back to zero. */
	public void reset() {
		this.metadata.set(0);
		this.statements.set(0);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return proxy(Connection.class, super.getConnection(), this::connectionCall);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return proxy(Connection.class, super.getConnection(username, password), this::connectionCall);
	}

	private Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
		Object result = invoke(target, method, args);
		return switch (method.getName()) {
			case "getMetaData" -> proxy(DatabaseMetaData.class, result, this::metadataCall);
			case "createStatement" -> proxy(Statement.class, result, this::statementCall);
			case "prepareStatement" -> proxy(PreparedStatement.class, result, this::statementCall);
			case "prepareCall" -> proxy(CallableStatement.class, result, this::statementCall);
			default -> result;
		};
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
		return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> {
					if (method.getDeclaringClass() == Object.class) {
						return switch (method.getName()) {
							case "equals" -> proxy == args[0];
							case "hashCode" -> System.identityHashCode(proxy);
							default -> "Counting " + target;
						};
					}
					return call.handle(target, method, args);
				}));
	}

	/** One intercepted call. */
	@FunctionalInterface
	private interface Call {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

}
