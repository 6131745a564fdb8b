package io.github.automigrate.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source on which another instance wins a race: just before the first statement
 * that starts with a given text runs, the same statement runs on a connection of its own
 * and commits, as an instance would that took no lock (or whose lock did not hold). The
 * statement itself then meets the object that instance made.
 */
public final class RacingDataSource extends DelegatingDataSource {

	private final String prefix;

	private final AtomicBoolean raced = new AtomicBoolean();

	public RacingDataSource(DataSource target, String prefix) {
		super(target);
		this.prefix = prefix;
	}

	/** Whether the other instance has run its statement. */
	public boolean raced() {
		return this.raced.get();
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection connection = super.getConnection();
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					Object result = invoke(connection, method, args);
					return method.getName().equals("createStatement") ? racing((Statement) result) : result;
				});
	}

	private Statement racing(Statement statement) {
		return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Statement.class },
				(proxy, method, args) -> {
					if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql
							&& sql.startsWith(this.prefix) && this.raced.compareAndSet(false, true)) {
						try (Connection other = getTargetDataSource().getConnection();
								Statement first = other.createStatement()) {
							first.execute(sql);
						}
					}
					return invoke(statement, method, args);
				});
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
