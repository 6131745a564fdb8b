package io.github.automigrate.actuate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import io.github.automigrate.autoconfigure.AutoMigrateAutoConfiguration;
import io.github.automigrate.autoconfigure.AutoMigrateReports;
import io.github.automigrate.report.MigrationReport;

/**
 * The {@code automigrate} health contributor on Spring Boot 3.5, whose health API lives
 * in {@code org.springframework.boot.actuate.health}: this jar is compiled against Spring
 * Boot 4, so the indicator is a proxy of Boot 3's interface that builds Boot 3's
 * {@code Health} by name, with the same status and details as
 * {@link AutoMigrateHealthIndicator}. Switched off with
 * {@code management.health.automigrate.enabled=false}.
 */
@AutoConfiguration(after = AutoMigrateAutoConfiguration.class)
@ConditionalOnClass(name = AutoMigrateBoot3HealthContributorAutoConfiguration.INDICATOR)
@ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(AutoMigrateReports.class)
@ConditionalOnProperty(prefix = "management.health.automigrate", name = "enabled", matchIfMissing = true)
@Import(AutoMigrateBoot3HealthContributorAutoConfiguration.Registrar.class)
public final class AutoMigrateBoot3HealthContributorAutoConfiguration {

	static final String INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";

	static final String HEALTH = "org.springframework.boot.actuate.health.Health";

	/**
	 * Registers the indicator with Boot 3's interface as its type, so the health registry
	 * finds it.
	 */
	static class Registrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware, BeanClassLoaderAware {

		private @Nullable BeanFactory beanFactory;

		private @Nullable ClassLoader classLoader;

		@Override
		public void setBeanFactory(BeanFactory beanFactory) {
			this.beanFactory = beanFactory;
		}

		@Override
		public void setBeanClassLoader(ClassLoader classLoader) {
			this.classLoader = classLoader;
		}

		@Override
		public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
			if (registry.containsBeanDefinition("automigrateHealthContributor")) {
				return;
			}
			ClassLoader loader = this.classLoader;
			BeanFactory factory = this.beanFactory;
			Class<?> indicatorType = ClassUtils.resolveClassName(INDICATOR, loader);
			Class<?> healthType = ClassUtils.resolveClassName(HEALTH, loader);
			RootBeanDefinition definition = new RootBeanDefinition();
			definition.setTargetType(indicatorType);
			definition.setInstanceSupplier(() -> Proxy.newProxyInstance(loader, new Class<?>[] { indicatorType },
					new Handler(factory.getBean(AutoMigrateReports.class), healthType)));
			registry.registerBeanDefinition("automigrateHealthContributor", definition);
		}

	}

	private static final class Handler implements InvocationHandler {

		private final AutoMigrateReports reports;

		private final Class<?> healthType;

		Handler(AutoMigrateReports reports, Class<?> healthType) {
			this.reports = reports;
			this.healthType = healthType;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
			if (method.getName().equals("health") && method.getParameterCount() == 0) {
				return health();
			}
			if (method.isDefault()) {
				return InvocationHandler.invokeDefault(proxy, method, args);
			}
			return switch (method.getName()) {
				case "toString" -> "AutoMigrateHealthIndicator (Spring Boot 3)";
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				default -> throw new UnsupportedOperationException(method.toString());
			};
		}

		private Object health() {
			MigrationReport report = this.reports.getLastReport().orElse(null);
			Map<String, Object> details = (report != null) ? HealthDetails.of(report) : Map.of("outcome", "NOT_RUN");
			boolean down = report != null && report.outcome() == MigrationReport.Outcome.FAILED;
			Object builder = invoke(ClassUtils.getStaticMethod(this.healthType, down ? "down" : "up"), null);
			builder = invoke(ClassUtils.getMethod(builder.getClass(), "withDetails", Map.class), builder, details);
			return invoke(ClassUtils.getMethod(builder.getClass(), "build"), builder);
		}

		private static Object invoke(@Nullable Method method, @Nullable Object target, Object... args) {
			if (method == null) {
				throw new IllegalStateException("Spring Boot 3's Health API has changed");
			}
			Object result = ReflectionUtils.invokeMethod(method, target, args);
			if (result == null) {
				throw new IllegalStateException(method + " returned null");
			}
			return result;
		}

	}

}
