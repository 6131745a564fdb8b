package io.github.automigrate.mapping.jpa;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EntityMappingReaderTests {

	private final EntityMappingReader reader = new EntityMappingReader();

	@Test
	void tableAndColumnNamesFollowSpringBootNaming() {
		io.github.automigrate.model.Table table = table(PurchaseOrder.class);
		assertThat(table.name())
			.isEqualTo(new TableName(new Identifier("sales", false), new Identifier("purchase_order", false)));
		assertThat(table.columns()).extracting((column) -> column.name().text())
			.containsExactly("id", "order_number", "customer_ref", "placed_by_id");
		assertThat(table.primaryKey()).containsExactly(new Identifier("id", false));
	}

	@Test
	void nullabilityFollowsPrimitivesColumnAndOptional() {
		Map<String, Boolean> nullable = nullability(PurchaseOrder.class);
		assertThat(nullable).containsEntry("id", false)
			.containsEntry("order_number", false)
			.containsEntry("customer_ref", true)
			.containsEntry("placed_by_id", false);
	}

	@Test
	void joinColumnTakesTheReferencedIdType() {
		assertThat(table(PurchaseOrder.class).column(new Identifier("placed_by_id", false)).orElseThrow().type())
			.isEqualTo(ColumnType.of(TypeKind.INTEGER));
	}

	@Test
	void primitivesGetTheirJavaDefaultForRowsThatExist() {
		assertThat(table(PurchaseOrder.class).column(new Identifier("order_number", false))
			.orElseThrow()
			.fallbackDefault()).isEqualTo(0);
	}

	@Test
	void autoIdentifiersDrawFromTheEntitySequence() {
		Schema schema = this.reader.read(List.of(PurchaseOrder.class, Clerk.class)).schema();
		assertThat(schema.sequences())
			.containsExactly(new Sequence(new TableName(null, new Identifier("purchase_order_seq", false)), 1, 50));
	}

	@Test
	void unsupportedTypeNamesTheClassTheFieldAndWhatToDo() {
		assertThatExceptionOfType(MappingException.class).isThrownBy(() -> table(WithMap.class))
			.withMessageContaining("WithMap.attributes")
			.withMessageContaining("java.util.Map")
			.withMessageContaining("@Transient");
	}

	@Test
	void entityWithoutIdIsRejected() {
		assertThatExceptionOfType(MappingException.class).isThrownBy(() -> table(WithoutId.class))
			.withMessageContaining(WithoutId.class.getName())
			.withMessageContaining("@Id");
	}

	@Test
	void duplicateEntityNamesAreRejected() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> this.reader.read(List.of(Clerk.class, OtherClerk.class)))
			.withMessageContaining("entity name 'Clerk'");
	}

	@Test
	void uniqueKeyOfASetOfNullableElementsIsNamedAfterTheOwnersTableAsHibernateNamesIt() {
		Schema schema = this.reader.read(List.of(Club.class, YouthClub.class)).schema();
		io.github.automigrate.model.Table aliases = schema.tables()
			.stream()
			.filter((table) -> table.name().name().text().equals("youth_club_aliases"))
			.findFirst()
			.orElseThrow();
		// Hibernate hashes the table of the collection's owner (the single table of the
		// hierarchy), not the collection table.
		assertThat(aliases.indexes()).singleElement().satisfies((index) -> {
			assertThat(index.unique()).isTrue();
			assertThat(index.name().text()).isEqualTo(org.hibernate.boot.model.naming.NamingHelper.INSTANCE
				.generateHashedConstraintName("UK", org.hibernate.boot.model.naming.Identifier.toIdentifier("club"),
						org.hibernate.boot.model.naming.Identifier.toIdentifier("youth_club_id"),
						org.hibernate.boot.model.naming.Identifier.toIdentifier("aliases")));
		});
	}

	@Test
	void primitivesAreNotNullWhereHibernateMakesThemSo() {
		// Hibernate 7 makes an implicit primitive column NOT NULL, but lets an explicit
		// @Column say, and leaves an embeddable's parts nullable; a version is always NOT
		// NULL.
		assertThat(nullability(Gauge.class)).containsEntry("implicit_reading", false)
			.containsEntry("explicit_reading", true)
			.containsEntry("required_reading", false)
			.containsEntry("row_version", false)
			.containsEntry("legacy_flag", false)
			.containsEntry("part_count", true)
			.containsEntry("required_part_count", false);
	}

	@Test
	void softDeleteAddsTheColumnsHibernateAdds() {
		Schema schema = this.reader.read(List.of(Archived.class, ArchiveView.class, Shelved.class, Shelved.Item.class))
			.schema();
		io.github.automigrate.model.Column deleted = column(schema, "archived", "deleted");
		assertThat(deleted.type()).isEqualTo(ColumnType.of(TypeKind.BOOLEAN));
		assertThat(deleted.nullable()).isFalse();
		assertThat(deleted.fallbackDefault()).as("rows already there are not deleted").isEqualTo(false);
		// The entity's @SoftDelete covers its collections too.
		assertThat(column(schema, "archived_labels", "deleted").nullable()).isFalse();
		io.github.automigrate.model.Column active = column(schema, "shelved", "on_shelf");
		assertThat(active.type()).isEqualTo(ColumnType.ofLength(TypeKind.CHAR, 1));
		assertThat(active.nullable()).isFalse();
		io.github.automigrate.model.Column removed = column(schema, "shelved_items", "deleted");
		assertThat(removed.type()).isEqualTo(ColumnType.of(TypeKind.TIMESTAMP_TZ));
		assertThat(removed.nullable()).isTrue();
	}

	@Test
	void subselectEntityHasNoTableAndNoForeignKeyPointsAtIt() {
		Schema schema = this.reader.read(List.of(Archived.class, ArchiveView.class)).schema();
		assertThat(schema.tables()).extracting((table) -> table.name().name().text()).doesNotContain("archive_view");
		io.github.automigrate.model.Table archived = schema.tables()
			.stream()
			.filter((table) -> table.name().name().text().equals("archived"))
			.findFirst()
			.orElseThrow();
		assertThat(archived.column(Identifier.of("view_id"))).isPresent();
		assertThat(archived.foreignKeys()).isEmpty();
	}

	@Test
	void nestedEntityClassIsNamedAfterItsOuterClassAsHibernateNamesIt() {
		assertThat(this.reader.read(List.of(Shelved.Item.class)).schema().tables().get(0).name().name().text())
			.isEqualTo("entity_mapping_reader_tests$shelved$item");
	}

	private static io.github.automigrate.model.Column column(Schema schema, String table, String column) {
		return schema.tables()
			.stream()
			.filter((candidate) -> candidate.name().name().text().equals(table))
			.findFirst()
			.orElseThrow()
			.column(Identifier.of(column))
			.orElseThrow();
	}

	private io.github.automigrate.model.Table table(Class<?> entity) {
		return this.reader.read(List.of(entity, Clerk.class)).schema().tables().get(0);
	}

	private Map<String, Boolean> nullability(Class<?> entity) {
		return table(entity).columns()
			.stream()
			.collect(java.util.stream.Collectors.toMap((column) -> column.name().text(),
					io.github.automigrate.model.Column::nullable));
	}

	@Entity(name = "PurchaseOrder")
	@Table(schema = "sales")
	static class PurchaseOrder {

		@Id
		@GeneratedValue(strategy = GenerationType.AUTO)
		private Long id;

		private int orderNumber;

		@Column(name = "customerRef")
		private String customer;

		@ManyToOne(optional = false)
		private Clerk placedBy;

	}

	@Entity(name = "Clerk")
	static class Clerk {

		@Id
		private int id;

	}

	@Entity(name = "Clerk")
	@Table(name = "other_clerk")
	static class OtherClerk {

		@Id
		private int id;

	}

	@Entity
	static class WithMap {

		@Id
		private long id;

		private java.util.Map<String, String> attributes;

	}

	@Entity(name = "Gauge")
	static class Gauge {

		@Id
		private long id;

		private int implicitReading;

		@Column(name = "explicit_reading")
		private int explicitReading;

		@Column(nullable = false)
		private int requiredReading;

		@jakarta.persistence.Version
		@Column(name = "row_version")
		private int version;

		@Column(columnDefinition = "integer default 0 not null")
		private int legacyFlag;

		@jakarta.persistence.Embedded
		private Part part;

	}

	@jakarta.persistence.Embeddable
	static class Part {

		private int partCount;

		@jakarta.persistence.Basic(optional = false)
		private int requiredPartCount;

	}

	@Entity(name = "Archived")
	@org.hibernate.annotations.SoftDelete
	static class Archived {

		@Id
		private long id;

		@jakarta.persistence.ElementCollection
		private java.util.Set<String> labels;

		@ManyToOne
		private ArchiveView view;

	}

	@Entity(name = "ArchiveView")
	@org.hibernate.annotations.Subselect("select id from archived")
	static class ArchiveView {

		@Id
		private long id;

	}

	@Entity(name = "Shelved")
	@org.hibernate.annotations.SoftDelete(strategy = org.hibernate.annotations.SoftDeleteType.ACTIVE,
			columnName = "on_shelf", converter = org.hibernate.type.YesNoConverter.class)
	static class Shelved {

		@Id
		private long id;

		@jakarta.persistence.ManyToMany
		@org.hibernate.annotations.SoftDelete(strategy = org.hibernate.annotations.SoftDeleteType.TIMESTAMP)
		private java.util.Set<Item> items;

		@Entity
		static class Item {

			@Id
			private long id;

		}

	}

	@Entity(name = "Club")
	static class Club {

		@Id
		private long id;

	}

	@Entity(name = "YouthClub")
	static class YouthClub extends Club {

		@jakarta.persistence.ElementCollection
		private java.util.Set<String> aliases;

	}

	@Entity
	static class WithoutId {

		private String name;

	}

}
