package io.github.automigrate.mapping.jpa;

import java.util.List;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.junit.jupiter.api.Test;

import io.github.automigrate.mapping.MappingException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * An {@code @AssociationOverride(joinTable = ...)} (found in Hibernate ORM's own test
 * entities): Hibernate moves the association inside the embeddable to the join table it
 * names, AutoMigrate does not build that, so the start stops naming the class, the
 * attribute and the construct, before any table is made (it used to make the table of the
 * embeddable's own {@code @JoinTable}, which Hibernate does not use).
 */
class EmbeddedJoinTableOverrideRefusalTests {

	@Test
	void aJoinTableOverrideOnAnEmbeddedAttributeStopsTheStart() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> new EntityMappingReader().read(List.of(Library.class, Book.class)))
			.withMessageContaining("Library.reading")
			.withMessageContaining("@AssociationOverride(joinTable = ...)")
			.withMessageContaining("'books'");
	}

	@Test
	void aJoinTableOverrideOnTheEntityStopsTheStart() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> new EntityMappingReader().read(List.of(Archive.class, Book.class)))
			.withMessageContaining("Archive")
			.withMessageContaining("@AssociationOverride(joinTable = ...)")
			.withMessageContaining("'reading.books'");
	}

	@Test
	void aJoinColumnOverrideIsMapped() {
		assertThatNoException().isThrownBy(() -> new EntityMappingReader().read(List.of(Shop.class, Book.class)));
	}

	@Entity
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

	@Entity
	static class Library {

		@Id
		private Long id;

		@Embedded
		@AssociationOverride(name = "books", joinTable = @JoinTable(name = "library_books"))
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
	static class Shop {

		@Id
		private Long id;

		@Embedded
		@AssociationOverride(name = "book", joinColumns = @JoinColumn(name = "featured_book_id"))
		private Featured featured;

	}

}
