package io.github.automigrate.mapping.jpa;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Identifier;

/**
 * An application's own Hibernate {@code PhysicalNamingStrategy}, called reflectively so
 * that Hibernate stays an optional dependency. It is called without a JDBC environment,
 * which AutoMigrate does not have while mapping.
 */
final class HibernatePhysicalNaming {

	private static final String IDENTIFIER = "org.hibernate.boot.model.naming.Identifier";

	private static final String JDBC_ENVIRONMENT = "org.hibernate.engine.jdbc.env.spi.JdbcEnvironment";

	private final String className;

	private final Object strategy;

	private final Constructor<?> identifier;

	private final Method text;

	private final Method quoted;

	private final Class<?> identifierType;

	private final Class<?> environmentType;

	HibernatePhysicalNaming(String className) {
		this.className = className;
		ClassLoader loader = ClassUtils.getDefaultClassLoader();
		if (!ClassUtils.isPresent(IDENTIFIER, loader)) {
			throw failure("cannot be used: Hibernate is not on the classpath.");
		}
		try {
			this.identifierType = ClassUtils.forName(IDENTIFIER, loader);
			this.environmentType = ClassUtils.forName(JDBC_ENVIRONMENT, loader);
			this.identifier = this.identifierType.getConstructor(String.class, boolean.class);
			this.text = this.identifierType.getMethod("getText");
			this.quoted = this.identifierType.getMethod("isQuoted");
			this.strategy = ClassUtils.forName(className, loader).getDeclaredConstructor().newInstance();
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw failure("cannot be loaded (" + ex + ").");
		}
		catch (ReflectiveOperationException ex) {
			throw failure("cannot be created with a no-argument constructor (" + ex + ").");
		}
	}

	/**
	 * The physical name the strategy gives a logical name.
	 * @param logical the logical name
	 * @param kind what the name is of
	 * @return the physical name
	 */
	Identifier apply(Identifier logical, NamingStrategy.Kind kind) {
		try {
			Method method = this.strategy.getClass()
				.getMethod(kind.method(), this.identifierType, this.environmentType);
			Object result = method.invoke(this.strategy, this.identifier.newInstance(logical.text(), logical.quoted()),
					null);
			if (result == null) {
				return logical;
			}
			return new Identifier((String) this.text.invoke(result), (Boolean) this.quoted.invoke(result));
		}
		catch (InvocationTargetException ex) {
			throw failure(
					"failed to name '" + logical.text() + "' without a JDBC environment (" + ex.getCause() + ").");
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			throw failure("cannot be called (" + ex + ").");
		}
	}

	private MappingException failure(String problem) {
		return new MappingException(this.className,
				"is the physical naming strategy (" + NamingSettings.PHYSICAL_STRATEGY + ") and " + problem,
				"AutoMigrate applies a custom strategy through Hibernate, without a JDBC environment; "
						+ "make it work without one, or set " + NamingSettings.PHYSICAL_STRATEGY
						+ " to one of Hibernate's " + "standard strategies.");
	}

	@Override
	public String toString() {
		return this.className;
	}

	static @Nullable HibernatePhysicalNaming of(@Nullable String className) {
		return (className != null) ? new HibernatePhysicalNaming(className) : null;
	}

}
