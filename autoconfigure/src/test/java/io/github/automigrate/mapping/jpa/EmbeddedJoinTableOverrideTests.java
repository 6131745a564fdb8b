package io.github.automigrate.mapping.jpa;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An {@code @AssociationOverride(joinTable = ...)} moves a collection to the join table
 * it names, as Hibernate takes the override's join table in place of the collection's
 * own: on an embedded attribute, on the entity by path, or on the entity for a collection
 * its mapped superclass declares; an audited entity's collection is audited in that
 * table's audit table. Overriding a to-one's join table stops the start.
 */
class EmbeddedJoinTableOverrideTests {

	@Test
	void aJoinTableOverrideOnAnEmbeddedAttributeNamesTheCollectionTableAndItsColumns() {
		Map<String, Table> tables = tables(new EntityMappingReader().read(List.of(Library.class, Book.class)));
		assertThat(tables).containsKey("library_books").doesNotContainKey("reading_books");
		assertThat(columns(tables.get("library_books"))).containsExactlyInAnyOrder("library_ref", "book_ref");
	}

	@Test
	void aJoinTableOverrideOnTheEntityNamesTheCollectionTable() {
		Map<String, Table> tables = tables(new EntityMappingReader().read(List.of(Archive.class, Book.class)));
		assertThat(tables).containsKey("archive_books").doesNotContainKey("reading_books");
	}

	@Test
	void anAuditedCollectionIsAuditedInItsOverriddenTable() {
		Map<String, Table> tables = tables(new EntityMappingReader().read(List.of(Cabinet.class, Book.class)));
		assertThat(tables).containsKeys("cabinet_books", "cabinet_books_aud")
			.doesNotContainKeys("cabinet_shelved", "cabinet_shelved_aud");
	}

	@Test
	void aJoinTableOverrideOfAToOneStopsTheStart() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> new EntityMappingReader().read(List.of(Kiosk.class, Book.class)))
			.withMessageContaining("book")
			.withMessageContaining("@AssociationOverride(joinTable = ...)");
	}

	@Test
	void aJoinColumnOverrideIsMapped() {
		Map<String, Table> tables = tables(new EntityMappingReader().read(List.of(Shop.class, Book.class)));
		assertThat(tables).hasEntrySatisfying("embedded_join_table_override_tests$shop",
				(shop) -> assertThat(columns(shop)).contains("featured_book_id"));
	}

	private static Map<String, Table> tables(io.github.automigrate.mapping.MappedSchema mapped) {
		return mapped.schema()
			.tables()
			.stream()
			.collect(Collectors.toMap((table) -> table.name().name().text(), (table) -> table));
	}

	private static Set<String> columns(Table table) {
		return table.columns().stream().map((column) -> column.name().text()).collect(Collectors.toSet());
	}

	@Entity
	@Audited
	static class Book {

		@Id
		private Long id;

	}

	@Embeddable
	static class ReadingList {

		@ManyToMany
		@JoinTable(name = "reading_books")
		private List<Book> books;

	}

	@Embeddable
	static class Featured {

		@ManyToOne
		private Book book;

	}

	@MappedSuperclass
	@Audited
	abstract static class Shelf {

		@ManyToMany
		private List<Book> shelved;

	}

	@Entity
	static class Library {

		@Id
		private Long id;

		@Embedded
		@AssociationOverride(name = "books", joinTable = @JoinTable(name = "library_books",
				joinColumns = @JoinColumn(name = "library_ref"), inverseJoinColumns = @JoinColumn(name = "book_ref")))
		private ReadingList reading;

	}

	@Entity
	@AssociationOverride(name = "reading.books", joinTable = @JoinTable(name = "archive_books"))
	static class Archive {

		@Id
		private Long id;

		@Embedded
		private ReadingList reading;

	}

	@Entity
	@Audited
	@AssociationOverride(name = "shelved", joinTable = @JoinTable(name = "cabinet_books"))
	static class Cabinet extends Shelf {

		@Id
		private Long id;

	}

	@Entity
	static class Kiosk {

		@Id
		private Long id;

		@Embedded
		@AssociationOverride(name = "book", joinTable = @JoinTable(name = "kiosk_books"))
		private Featured featured;

	}

	@Entity
	static class Shop {

		@Id
		private Long id;

		@Embedded
		@AssociationOverride(name = "book", joinColumns = @JoinColumn(name = "featured_book_id"))
		private Featured featured;

	}

}
