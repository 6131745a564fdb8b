package io.github.automigrate.mapping.jpa;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;

/**
 * The {@code AttributeConverter}s that change an attribute's column type: the one
 * {@code @Convert} names, else an {@code @Converter(autoApply = true)} for the
 * attribute's Java type (never to an identifier, a version, or an {@code @Enumerated} or
 * {@code @Temporal} attribute). The column type is the converter's database-side type.
 */
final class Converters {

	private final Map<Class<?>, Class<?>> autoApplied = new HashMap<>();

	Converters(Collection<Class<?>> classes) {
		for (Class<?> type : classes) {
			Converter converter = type.getAnnotation(Converter.class);
			if (converter != null && converter.autoApply() && AttributeConverter.class.isAssignableFrom(type)) {
				Class<?> entityType = sides(type)[0];
				if (entityType != null) {
					this.autoApplied.put(entityType, type);
				}
			}
		}
	}

	/**
	 * The database-side type of an attribute's value when a converter applies to it.
	 * @param attribute the attribute
	 * @param valueType the type of the converted value (the attribute's, or its
	 * collection element's)
	 * @param outer the {@code @Convert(attributeName = ...)} an embedding attribute or
	 * entity applies to it, which wins over the attribute's own, or {@code null}
	 * @return the database-side type, or {@code null} when no converter applies
	 */
	@Nullable Class<?> databaseType(Attribute attribute, Class<?> valueType, @Nullable Convert outer) {
		Convert convert = (outer != null) ? outer : attribute.annotation(Convert.class);
		if (convert != null && convert.disableConversion()) {
			return null;
		}
		Class<?> converter = (convert != null && convert.converter() != AttributeConverter.class) ? convert.converter()
				: autoApplied(attribute, valueType);
		return (converter != null) ? sides(converter)[1] : null;
	}

	/**
	 * The auto-applied converter for a value, unless the attribute is one that JPA (3.2,
	 * section 3.9) and Hibernate exempt from auto-applied converters: an identifier, a
	 * version, or an attribute marked {@code @Enumerated} or {@code @Temporal}.
	 */
	private @Nullable Class<?> autoApplied(Attribute attribute, Class<?> valueType) {
		if (attribute.has(Id.class) || attribute.has(Version.class) || attribute.has(Enumerated.class)
				|| attribute.has(Temporal.class)) {
			return null;
		}
		return this.autoApplied.get(valueType);
	}

	/**
	 * The database-side type of a converter class.
	 * @param converter an {@code AttributeConverter} class
	 * @return the type it converts to, or {@code null} when it cannot be resolved
	 */
	static @Nullable Class<?> databaseSide(Class<?> converter) {
		return sides(converter)[1];
	}

	private static @Nullable Class<?>[] sides(Class<?> converter) {
		ResolvableType type = ResolvableType.forClass(converter).as(AttributeConverter.class);
		return new Class<?>[] { type.getGeneric(0).resolve(), type.getGeneric(1).resolve() };
	}

}
