package io.github.automigrate.mapping;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import org.junit.jupiter.api.Test;

import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collection tables as Hibernate 7.4 shapes them, looked up in its {@code CollectionBinder} and {@code Set}; the
 * integration tests ({@code testmodel/collections}) compare them with Hibernate's {@code create} on each database.
 */
class CollectionTablesMappingTests {

	private final EntityMappingReader reader = new EntityMappingReader();

	@Test
	void elementCollectionTableIsNamedByItsJoinTable() {
		Table tags = table(List.of(Folder.class), "folder_tags");
		assertThat(tags.columns()).extracting((column) -> column.name().text()).containsExactly("folder_ref", "tag");
		assertThat(tags.primaryKey()).containsExactly(Identifier.of("folder_ref"), Identifier.of("tag"));
		assertThat(tags.indexes()).extracting((index) -> index.name().text()).containsExactly("idx_folder_tag");
		assertThat(tags.foreignKeys()).singleElement()
			.satisfies((key) -> assertThat(key.name().text()).isEqualTo("fk_folder_tags_folder"));
	}

	@Test
	void setWhoseTableDeclaresAUniqueKeyGetsNoKeyOfItsOwn() {
		Table labels = table(List.of(Folder.class), "folder_labels");
		assertThat(labels.primaryKey()).isEmpty();
		assertThat(labels.indexes()).singleElement()
			.satisfies((index) -> assertThat(index.columns()).containsExactly(Identifier.of("folder_id"), Identifier.of("label")));
	}

	private Table table(List<Class<?>> entities, String name) {
		return this.reader.read(entities).schema().tables().stream()
			.filter((table) -> table.name().name().text().equals(name)).findFirst().orElseThrow();
	}

	@Entity(name = "Folder")
	static class Folder {

		@Id
		Long id;

		@ElementCollection
		@JoinTable(name = "folder_tags", joinColumns = @JoinColumn(name = "folder_ref"),
				foreignKey = @jakarta.persistence.ForeignKey(name = "fk_folder_tags_folder"),
				indexes = @Index(name = "idx_folder_tag", columnList = "tag"))
		@Column(name = "tag", nullable = false)
		Set<String> tags = new HashSet<>();

		@ElementCollection
		@jakarta.persistence.CollectionTable(name = "folder_labels",
				uniqueConstraints = @jakarta.persistence.UniqueConstraint(columnNames = { "folder_id", "label" }))
		@Column(name = "label", nullable = false)
		Set<String> labels = new HashSet<>();

	}

}
