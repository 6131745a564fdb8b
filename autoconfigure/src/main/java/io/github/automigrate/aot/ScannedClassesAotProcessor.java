package io.github.automigrate.aot;

import java.util.List;

import javax.lang.model.element.Modifier;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.generate.GeneratedMethod;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.aot.BeanRegistrationCode;
import org.springframework.beans.factory.aot.BeanRegistrationCodeFragments;
import org.springframework.beans.factory.aot.BeanRegistrationCodeFragmentsDecorator;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.env.Environment;
import org.springframework.javapoet.CodeBlock;

import io.github.automigrate.mapping.jpa.NamingSettings;
import io.github.automigrate.mapping.jpa.ScannedClasses;

/**
 * Moves the entity scan to build time: the {@link ScannedClasses} bean is made while the
 * application is processed ahead of time, and the generated code hands its class names to
 * the start instead of scanning the class path (the way Spring's JPA support treats its
 * managed types). The mapping of those classes is computed then too (see
 * {@link BuildTimeMapping}), so that a start reads no annotations. The classes found, and
 * the types the mapping reaches from them, get the reflection hints a native image needs,
 * in case the start must map them after all.
 */
final class ScannedClassesAotProcessor implements BeanRegistrationAotProcessor {

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		if (!ScannedClasses.class.isAssignableFrom(registeredBean.getBeanClass())) {
			return null;
		}
		return BeanRegistrationAotContribution
			.withCustomCodeFragments((fragments) -> new BuildTimeScan(fragments, registeredBean));
	}

	private static final class BuildTimeScan extends BeanRegistrationCodeFragmentsDecorator {

		private final RegisteredBean registeredBean;

		BuildTimeScan(BeanRegistrationCodeFragments delegate, RegisteredBean registeredBean) {
			super(delegate);
			this.registeredBean = registeredBean;
		}

		@Override
		public CodeBlock generateInstanceSupplierCode(GenerationContext generationContext,
				BeanRegistrationCode beanRegistrationCode, boolean allowDirectSupplierShortcut) {
			ScannedClasses scanned = this.registeredBean.getBeanFactory()
				.getBean(this.registeredBean.getBeanName(), ScannedClasses.class);
			List<Class<?>> classes = registerHints(generationContext, scanned);
			String mappingResource = new BuildTimeMapping(
					this.registeredBean.getBeanFactory().getBean(Environment.class))
				.write(classes, generationContext, beanRegistrationCode.getClassName());
			GeneratedMethod method = beanRegistrationCode.getMethods().add("getInstance", (builder) -> {
				builder.addJavadoc("The classes the entity scan found at build time, and where their mapping is.");
				builder.addModifiers(Modifier.PRIVATE, Modifier.STATIC);
				builder.returns(ScannedClasses.class);
				builder.addStatement("return new $T($T.of($L), $T.of($L), $S)", ScannedClasses.class, List.class,
						strings(scanned.packages()), List.class, strings(scanned.classNames()), mappingResource);
			});
			return method.toMethodReference().toCodeBlock();
		}

		private List<Class<?>> registerHints(GenerationContext generationContext, ScannedClasses scanned) {
			MappedTypeHints hints = new MappedTypeHints(generationContext.getRuntimeHints().reflection());
			List<Class<?>> classes;
			try {
				classes = scanned.load(this.registeredBean.getBeanFactory().getBeanClassLoader());
				classes.forEach(hints::register);
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException("AutoMigrate could not load a class its scan found: " + ex.getMessage(),
						ex);
			}
			// A physical naming strategy is created and called by reflection, by the name
			// the property gives.
			String strategy = this.registeredBean.getBeanFactory()
				.getBean(Environment.class)
				.getProperty(NamingSettings.PHYSICAL_STRATEGY);
			if (strategy != null && !strategy.isBlank()) {
				generationContext.getRuntimeHints()
					.reflection()
					.registerTypeIfPresent(this.registeredBean.getBeanFactory().getBeanClassLoader(), strategy.trim(),
							MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS);
			}
			return classes;
		}

		private static CodeBlock strings(List<String> values) {
			return CodeBlock.join(values.stream().map((value) -> CodeBlock.of("$S", value)).toList(), ", ");
		}

	}

}
