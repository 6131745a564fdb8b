package io.github.automigrate.mapping.jpa;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.ColumnType;

/**
 * The Bean Validation constraints Hibernate applies to DDL when a provider is present,
 * read by annotation name so that Bean Validation stays optional: {@code @NotNull},
 * {@code @NotEmpty} and {@code @NotBlank} make the column NOT NULL (a to-one's join
 * columns too); {@code @Size(max)} on a string sets its length. Constraints are read on
 * the field and on the getter, and through the constraints they compose, as Hibernate
 * reads them from Bean Validation's metadata.
 */
final class BeanValidation {

	private static final Set<String> NOT_NULL = Set.of("jakarta.validation.constraints.NotNull",
			"jakarta.validation.constraints.NotEmpty", "jakarta.validation.constraints.NotBlank");

	private static final String SIZE = "jakarta.validation.constraints.Size";

	private static final String CONSTRAINT = "jakarta.validation.Constraint";

	private static final String COMPOSITION = "org.hibernate.validator.constraints.ConstraintComposition";

	private BeanValidation() {
	}

	/**
	 * Whether the attribute carries a constraint that forbids null, on its field or its
	 * getter (Bean Validation reads both, whatever the JPA access type), itself or
	 * composed into one of its constraints.
	 */
	static boolean notNull(Attribute attribute) {
		for (Annotation annotation : annotations(attribute)) {
			if (notNull(annotation, new HashSet<>())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a constraint forbids null: one of the not-null constraints, or one composed
	 * of them, as Hibernate reads a composition: with {@code @ConstraintComposition(OR)}
	 * when all its parts forbid null, otherwise when one does.
	 */
	private static boolean notNull(Annotation annotation, Set<Class<?>> seen) {
		Class<? extends Annotation> type = annotation.annotationType();
		if (NOT_NULL.contains(type.getName())) {
			return true;
		}
		if (!seen.add(type) || !isConstraint(type)) {
			return false;
		}
		List<Annotation> parts = new ArrayList<>();
		for (Annotation meta : type.getAnnotations()) {
			if (NOT_NULL.contains(meta.annotationType().getName()) || isConstraint(meta.annotationType())) {
				parts.add(meta);
			}
		}
		if (isOrComposition(type)) {
			return !parts.isEmpty() && parts.stream().allMatch((part) -> notNull(part, new HashSet<>(seen)));
		}
		return parts.stream().anyMatch((part) -> notNull(part, new HashSet<>(seen)));
	}

	private static boolean isOrComposition(Class<? extends Annotation> type) {
		for (Annotation meta : type.getAnnotations()) {
			if (meta.annotationType().getName().equals(COMPOSITION)) {
				Object kind = org.springframework.core.annotation.AnnotationUtils.getValue(meta);
				return kind != null && !kind.toString().equals("AND");
			}
		}
		return false;
	}

	/**
	 * The type with the length of {@code @Size(max)}, for a string column with a length.
	 */
	static ColumnType sized(Attribute attribute, Class<?> javaType, ColumnType type) {
		if (javaType != String.class || type.length() == null || type.definition() != null) {
			return type;
		}
		List<Annotation> found = new ArrayList<>();
		collect(annotations(attribute).toArray(new Annotation[0]), found, new HashSet<>());
		for (Annotation annotation : found) {
			if (annotation.annotationType().getName().equals(SIZE)) {
				int max = max(annotation);
				return (max < Integer.MAX_VALUE) ? ColumnType.ofLength(type.kind(), max) : type;
			}
		}
		return type;
	}

	/**
	 * The annotations of the attribute's field and of its getter, which Bean Validation
	 * both reads.
	 */
	private static List<Annotation> annotations(Attribute attribute) {
		List<Annotation> annotations = new ArrayList<>(List.of(attribute.element().getAnnotations()));
		AnnotatedElement other = otherSide(attribute);
		if (other != null) {
			annotations.addAll(List.of(other.getAnnotations()));
		}
		return annotations;
	}

	private static @Nullable AnnotatedElement otherSide(Attribute attribute) {
		String name = attribute.name();
		Class<?> owner = ((java.lang.reflect.Member) attribute.element()).getDeclaringClass();
		if (attribute.element() instanceof Field) {
			String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
			for (String getter : new String[] { "get" + suffix, "is" + suffix }) {
				try {
					return owner.getDeclaredMethod(getter);
				}
				catch (NoSuchMethodException ex) {
					// try the next name
				}
			}
			return null;
		}
		try {
			return owner.getDeclaredField(name);
		}
		catch (NoSuchFieldException ex) {
			return null;
		}
	}

	private static void collect(Annotation[] annotations, List<Annotation> found, Set<Class<?>> seen) {
		for (Annotation annotation : annotations) {
			Class<? extends Annotation> type = annotation.annotationType();
			found.add(annotation);
			if (!type.getName().startsWith("java.") && seen.add(type) && isConstraint(type)) {
				collect(type.getAnnotations(), found, seen);
			}
		}
	}

	private static boolean isConstraint(Class<? extends Annotation> type) {
		for (Annotation meta : type.getAnnotations()) {
			if (meta.annotationType().getName().equals(CONSTRAINT)) {
				return true;
			}
		}
		return false;
	}

	private static int max(Annotation size) {
		try {
			return (Integer) size.annotationType().getMethod("max").invoke(size);
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			return Integer.MAX_VALUE;
		}
	}

}
