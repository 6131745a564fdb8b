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
import io.github.automigrate.model.TypeKind;

/**
 * The Bean Validation constraints Hibernate applies to DDL when a provider is present,
 * read by annotation name so that Bean Validation stays optional: {@code @NotNull},
 * {@code @NotEmpty} and {@code @NotBlank} make the column NOT NULL (a to-one's join
 * columns too); {@code @Size(max)} and Hibernate Validator's {@code @Length(max)} on a
 * string set its length, {@code @Digits} a decimal's precision and scale. Constraints are
 * read on the field and on the getter, and through the constraints they compose, as
 * Hibernate reads them from Bean Validation's metadata. Only constraints of the groups
 * Hibernate applies to DDL count (the default group unless its setting names others); the
 * constraints a constraint is composed of count whenever it does.
 */
final class BeanValidation {

	private static final Set<String> NOT_NULL = Set.of("jakarta.validation.constraints.NotNull",
			"jakarta.validation.constraints.NotEmpty", "jakarta.validation.constraints.NotBlank");

	private static final String SIZE = "jakarta.validation.constraints.Size";

	private static final String LENGTH = "org.hibernate.validator.constraints.Length";

	private static final String DIGITS = "jakarta.validation.constraints.Digits";

	private static final String VALID = "jakarta.validation.Valid";

	private static final String CONSTRAINT = "jakarta.validation.Constraint";

	private static final String COMPOSITION = "org.hibernate.validator.constraints.ConstraintComposition";

	private BeanValidation() {
	}

	/**
	 * Whether the attribute carries a constraint that forbids null, on its field or its
	 * getter (Bean Validation reads both, whatever the JPA access type), itself or
	 * composed into one of its constraints.
	 */
	static boolean notNull(Attribute attribute, Set<String> groups) {
		for (Annotation annotation : constraints(attribute, groups)) {
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
	 * The type as the constraints shape it: a string column with a length takes that of
	 * {@code @Size(max)} or {@code @Length(max)}, a decimal column the precision and
	 * scale of {@code @Digits(integer, fraction)}.
	 */
	static ColumnType sized(Attribute attribute, Set<String> groups, Class<?> javaType, ColumnType type) {
		boolean string = javaType == String.class && type.length() != null;
		if ((!string && type.kind() != TypeKind.DECIMAL) || type.definition() != null) {
			return type;
		}
		List<Annotation> found = new ArrayList<>();
		collect(constraints(attribute, groups).toArray(new Annotation[0]), found, new HashSet<>());
		for (Annotation annotation : found) {
			String name = annotation.annotationType().getName();
			if (string && (name.equals(SIZE) || name.equals(LENGTH))) {
				int max = number(annotation, "max");
				return (max < Integer.MAX_VALUE) ? ColumnType.ofLength(type.kind(), max) : type;
			}
			if (!string && name.equals(DIGITS)) {
				int fraction = number(annotation, "fraction");
				return ColumnType.ofDecimal(number(annotation, "integer") + fraction, fraction);
			}
		}
		return type;
	}

	/**
	 * Whether an embedded attribute cascades validation to its parts ({@code @Valid} on
	 * its field or getter): only then does Hibernate apply their constraints to DDL.
	 */
	static boolean cascades(Attribute attribute) {
		return annotations(attribute).stream()
			.anyMatch((annotation) -> annotation.annotationType().getName().equals(VALID));
	}

	/**
	 * The attribute's annotations that Hibernate applies to DDL: those of one of the
	 * groups, with repeated constraints taken out of their container
	 * ({@code @Size.List}), as Bean Validation lists them. Annotations that are no
	 * constraints are kept: their own constraints, if any, are read through them.
	 */
	private static List<Annotation> constraints(Attribute attribute, Set<String> groups) {
		List<Annotation> applied = new ArrayList<>();
		for (Annotation annotation : annotations(attribute)) {
			for (Annotation constraint : repeated(annotation)) {
				if (!isConstraint(constraint.annotationType()) || inGroups(constraint, groups)) {
					applied.add(constraint);
				}
			}
		}
		return applied;
	}

	/**
	 * The constraints a container annotation holds in its {@code value}, or the
	 * annotation itself.
	 */
	private static List<Annotation> repeated(Annotation annotation) {
		if (isConstraint(annotation.annotationType())) {
			return List.of(annotation);
		}
		try {
			Object value = annotation.annotationType().getMethod("value").invoke(annotation);
			if (value instanceof Annotation[] held && held.length > 0
					&& isConstraint(held.getClass().getComponentType().asSubclass(Annotation.class))) {
				return List.of(held);
			}
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			// no container
		}
		return List.of(annotation);
	}

	/**
	 * Whether a constraint belongs to one of the groups, as Bean Validation lists its
	 * groups: those it names, or the default group when it names none.
	 */
	private static boolean inGroups(Annotation constraint, Set<String> groups) {
		Class<?>[] declared;
		try {
			declared = (Class<?>[]) constraint.annotationType().getMethod("groups").invoke(constraint);
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			declared = new Class<?>[0];
		}
		if (declared.length == 0) {
			return groups.contains(MappingOptions.DEFAULT_GROUP);
		}
		for (Class<?> group : declared) {
			if (groups.contains(group.getName())) {
				return true;
			}
		}
		return false;
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
		if (NOT_NULL.contains(type.getName()) || type.getName().equals(SIZE)) {
			return true;
		}
		for (Annotation meta : type.getAnnotations()) {
			if (meta.annotationType().getName().equals(CONSTRAINT)) {
				return true;
			}
		}
		return false;
	}

	private static int number(Annotation constraint, String attribute) {
		try {
			return (Integer) constraint.annotationType().getMethod(attribute).invoke(constraint);
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			return Integer.MAX_VALUE;
		}
	}

	/**
	 * Which constraints of an attribute Hibernate applies to DDL, by where the attribute
	 * sits: an entity's own attribute has them all; a part of an embeddable has them only
	 * when every embedding on the way cascades validation ({@code @Valid}), and its
	 * not-null constraints only when every embedding is not null too.
	 *
	 * @param applies whether the attribute's constraints apply
	 * @param notNull whether its not-null constraints apply
	 */
	record Cascade(boolean applies, boolean notNull) {

		/** An entity's own attribute. */
		static final Cascade ENTITY = new Cascade(true, true);

		/** A part of an embeddable whose embedding does not cascade validation. */
		static final Cascade NONE = new Cascade(false, false);

		/** The default for an attribute: all constraints in an entity, none else. */
		static Cascade of(Attribute attribute) {
			return attribute.ofEmbeddable() ? NONE : ENTITY;
		}

		/** What reaches the parts of an embedded attribute with these constraints. */
		Cascade into(Attribute embedded, Set<String> groups) {
			if (!this.applies || !cascades(embedded)) {
				return NONE;
			}
			return new Cascade(true, this.notNull && BeanValidation.notNull(embedded, groups));
		}

	}

}
