package io.github.automigrate.mapping.jpa;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;

import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.TypeKind;

/**
 * The column Hibernate's {@code @SoftDelete} adds: to the root entity's table when the
 * entity (a mapped superclass of it, or its package) is annotated; to a collection's
 * table when the collection (the class that declares it, or its package) is. A flag is a
 * NOT NULL boolean (or its converter's type), a timestamp a nullable time of deletion.
 */
final class SoftDeletes {

	private final MappingContext context;

	SoftDeletes(MappingContext context) {
		this.context = context;
	}

	/**
	 * The soft-delete column of a root entity's table.
	 * @param root the root entity
	 * @return the column, or {@code null} when the entity is not soft-deleted
	 */
	@Nullable Column ofEntity(Class<?> root) {
		HibernateAnnotations.SoftDelete softDelete = HibernateAnnotations.softDelete(root);
		for (Class<?> type = root.getSuperclass(); softDelete == null && type != null
				&& type.isAnnotationPresent(MappedSuperclass.class); type = type.getSuperclass()) {
			softDelete = HibernateAnnotations.softDelete(type);
		}
		if (softDelete == null) {
			softDelete = inPackage(root);
		}
		return (softDelete != null) ? column(softDelete, root.getSimpleName() + " @SoftDelete") : null;
	}

	/**
	 * The soft-delete column of a collection's table.
	 * @param attribute the collection attribute
	 * @return the column, or {@code null} when the collection is not soft-deleted
	 */
	@Nullable Column ofCollection(Attribute attribute) {
		HibernateAnnotations.SoftDelete softDelete = HibernateAnnotations.softDelete(attribute.element());
		if (softDelete == null && attribute.element() instanceof Member member) {
			softDelete = HibernateAnnotations.softDelete(member.getDeclaringClass());
			if (softDelete == null) {
				softDelete = inPackage(member.getDeclaringClass());
			}
		}
		return (softDelete != null) ? column(softDelete, attribute.origin() + " @SoftDelete") : null;
	}

	private static HibernateAnnotations.@Nullable SoftDelete inPackage(Class<?> type) {
		AnnotatedElement pack = type.getPackage();
		return (pack != null) ? HibernateAnnotations.softDelete(pack) : null;
	}

	private Column column(HibernateAnnotations.SoftDelete softDelete, String origin) {
		if (softDelete.timestamp()) {
			return Column.builder(this.context.physical(softDelete.name()), ColumnType.of(TypeKind.TIMESTAMP_TZ))
				.origin(origin)
				.build();
		}
		ColumnType type = ColumnType.of(TypeKind.BOOLEAN);
		// Rows already in the table are neither deleted nor inactive: the flag says so,
		// unless a converter writes it.
		Object existingRows = softDelete.active();
		if (softDelete.converter() != null) {
			Class<?> databaseType = Converters.databaseSide(softDelete.converter());
			ColumnType converted = (databaseType != null)
					? this.context.types.columnType(databaseType, false, null, null, null) : null;
			if (converted == null) {
				throw new MappingException(origin,
						"uses the converter " + softDelete.converter().getName()
								+ ", whose database type AutoMigrate cannot map to a column.",
						"Use a converter to a basic type (Character, Integer, Boolean), or none.");
			}
			type = converted;
			existingRows = null;
		}
		return Column.builder(this.context.physical(softDelete.name()), type)
			.nullable(false)
			.fallbackDefault(existingRows)
			.origin(origin)
			.build();
	}

}
