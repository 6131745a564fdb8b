package io.github.automigrate.mapping.jpa;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;

/**
 * One persistent attribute of a managed class: a field (field access) or a getter
 * (property access), with its type resolved against the class that declares it, so
 * generic superclasses map like Hibernate maps them.
 *
 * @param name the attribute name
 * @param element the field or getter carrying the annotations
 * @param type the attribute's resolved type
 * @param owner the class whose attribute it is, for messages
 */
public record Attribute(String name, AnnotatedElement element, ResolvableType type, Class<?> owner) {

	/** The attribute's Java class. */
	public Class<?> javaType() {
		return this.type.toClass();
	}

	/**
	 * One of the attribute's annotations.
	 * @param <A> the annotation type
	 * @param annotationType the annotation type
	 * @return the annotation, or {@code null}
	 */
	public <A extends Annotation> @Nullable A annotation(Class<A> annotationType) {
		return this.element.getAnnotation(annotationType);
	}

	/**
	 * Whether the attribute carries an annotation.
	 * @param annotationType the annotation type
	 * @return true if it does
	 */
	public boolean has(Class<? extends Annotation> annotationType) {
		return this.element.isAnnotationPresent(annotationType);
	}

	/**
	 * Whether the attribute is a collection or a map (the many side of an association or
	 * an element collection).
	 */
	public boolean isPlural() {
		return Collection.class.isAssignableFrom(javaType()) || Map.class.isAssignableFrom(javaType());
	}

	/** Whether the attribute is a set, whose table Hibernate keys on every column. */
	public boolean isSet() {
		return Set.class.isAssignableFrom(javaType());
	}

	/** Whether the attribute is a map. */
	public boolean isMap() {
		return Map.class.isAssignableFrom(javaType());
	}

	/**
	 * The element type of a collection, or the value type of a map: the class
	 * {@code @ElementCollection(targetClass)} names (an interface's implementation, say),
	 * else the declared type argument.
	 */
	public Class<?> elementType() {
		jakarta.persistence.ElementCollection collection = annotation(jakarta.persistence.ElementCollection.class);
		if (collection != null && collection.targetClass() != void.class) {
			return collection.targetClass();
		}
		ResolvableType element = isMap() ? this.type.asMap().getGeneric(1) : this.type.asCollection().getGeneric(0);
		return element.toClass();
	}

	/**
	 * The key type of a map: the class {@code @MapKeyClass} names, else the declared type
	 * argument.
	 */
	public Class<?> mapKeyType() {
		jakarta.persistence.MapKeyClass keyClass = annotation(jakarta.persistence.MapKeyClass.class);
		if (keyClass != null && keyClass.value() != void.class) {
			return keyClass.value();
		}
		return this.type.asMap().getGeneric(0).toClass();
	}

	/**
	 * Whether the attribute is a part of an embeddable rather than of an entity. The
	 * class need not be {@code @Embeddable}: Hibernate embeds a class that
	 * {@code @Embedded} or {@code @EmbeddedId} names, whatever its annotations.
	 */
	boolean ofEmbeddable() {
		return !this.owner.isAnnotationPresent(jakarta.persistence.Entity.class);
	}

	/**
	 * Whether a collection's elements are embeddables: their class is
	 * {@code @Embeddable}, or the attribute is {@code @Embedded}, which makes Hibernate
	 * 7.4 map any element class as an embeddable (as it does for a single attribute).
	 */
	boolean hasEmbeddableElements() {
		return has(jakarta.persistence.Embedded.class)
				|| elementType().isAnnotationPresent(jakarta.persistence.Embeddable.class);
	}

	/**
	 * Whether the attribute is an embedded identifier: {@code @EmbeddedId}, or
	 * {@code @Id} on an {@code @Embeddable} class, which Hibernate 7.4 maps as an
	 * {@code @EmbeddedId}.
	 */
	boolean isEmbeddedId() {
		return has(jakarta.persistence.EmbeddedId.class) || (has(jakarta.persistence.Id.class)
				&& javaType().isAnnotationPresent(jakarta.persistence.Embeddable.class));
	}

	/** {@code Owner.attribute}, for messages. */
	public String origin() {
		return this.owner.getSimpleName() + "." + this.name;
	}

	/**
	 * Annotations of a repeatable type, whether repeated directly or through their
	 * container.
	 * @param <A> the annotation type
	 * @param annotationType the repeatable annotation type
	 * @return the annotations
	 */
	public <A extends Annotation> List<A> repeated(Class<A> annotationType) {
		return List.of(this.element.getAnnotationsByType(annotationType));
	}

}
