package io.github.automigrate.mapping.jpa;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import org.hibernate.boot.model.naming.NamingHelper;
import org.junit.jupiter.api.Test;

import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.testmodel.collections.AppClient;
import io.github.automigrate.testmodel.collections.PriceList;
import io.github.automigrate.testmodel.collections.Region;
import io.github.automigrate.testmodel.collections.StoreItem;
import io.github.automigrate.testmodel.collections.StorePart;
import io.github.automigrate.testmodel.collections.Storefront;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collection tables as Hibernate 7.4 shapes them, looked up in its
 * {@code CollectionBinder} and {@code Set}; the integration tests
 * ({@code testmodel/collections}) compare them with Hibernate's {@code create} on each
 * database.
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
			.satisfies((index) -> assertThat(index.columns()).containsExactly(Identifier.of("folder_id"),
					Identifier.of("label")));
	}

	@Test
	void mapKeyedByAnEntityOfTwoColumnsGetsBothMapKeyJoinColumnsInItsKey() {
		Table prices = table(PRICES, "price_list_prices");
		// In the order of the region's key, which Hibernate orders by size: country (2)
		// before code (8).
		assertThat(prices.primaryKey()).containsExactly(Identifier.of("price_list_id"), Identifier.of("region_country"),
				Identifier.of("region_code"));
		assertThat(prices.foreignKeys()).anySatisfy((key) -> assertThat(key.columns())
			.containsExactly(Identifier.of("region_country"), Identifier.of("region_code")));
	}

	@Test
	void mapKeyedByAnAttributeOfItsTargetHasNoKeyColumn() {
		Table items = table(STORE, "storefront_items");
		assertThat(items.columns()).extracting((column) -> column.name().text())
			.containsExactly("storefront_id", "items_by_code_id");
		assertThat(items.primaryKey()).containsExactly(Identifier.of("storefront_id"),
				Identifier.of("items_by_code_id"));
		Table stocked = table(STORE, "storefront_stocked");
		assertThat(stocked.columns()).extracting((column) -> column.name().text())
			.containsExactly("storefront_id", "stocked_by_id_id");
		assertThat(table(STORE, "store_part").columns()).extracting((column) -> column.name().text())
			.containsExactlyInAnyOrder("id", "code", "storefront_id");
	}

	@Test
	void setsOfOneOwnerWithTheSameColumnsGetUniqueKeysNamedAfterTheirOwnTables() {
		Schema schema = this.reader.read(List.of(AppClient.class)).schema();
		Identifier redirect = uniqueKey(schema, "redirect_uris");
		Identifier origins = uniqueKey(schema, "web_origins");
		assertThat(redirect).isNotEqualTo(origins);
		assertThat(redirect.text()).isEqualTo(NamingHelper.INSTANCE.generateHashedConstraintName("UK",
				hibernate("redirect_uris"), hibernate("client_id"), hibernate("uri")));
	}

	@Test
	void aSetWhoseKeyNameNoOtherTableSharesKeepsHibernatesNameAfterItsOwner() {
		Schema schema = this.reader.read(List.of(Folder.class)).schema();
		assertThat(uniqueKey(schema, "folder_notes").text()).isEqualTo(NamingHelper.INSTANCE
			.generateHashedConstraintName("UK", hibernate("folder"), hibernate("folder_id"), hibernate("notes")));
	}

	private static final List<Class<?>> PRICES = List.of(PriceList.class, Region.class, StoreItem.class);

	private static final List<Class<?>> STORE = List.of(Storefront.class, StoreItem.class, StorePart.class);

	private static Identifier uniqueKey(Schema schema, String table) {
		return schema.tables()
			.stream()
			.filter((candidate) -> candidate.name().name().text().equals(table))
			.findFirst()
			.orElseThrow()
			.indexes()
			.stream()
			.filter(Index::unique)
			.findFirst()
			.orElseThrow()
			.name();
	}

	private static org.hibernate.boot.model.naming.Identifier hibernate(String name) {
		return org.hibernate.boot.model.naming.Identifier.toIdentifier(name);
	}

	private Table table(List<Class<?>> entities, String name) {
		return this.reader.read(entities)
			.schema()
			.tables()
			.stream()
			.filter((table) -> table.name().name().text().equals(name))
			.findFirst()
			.orElseThrow();
	}

	@Entity(name = "Folder")
	static class Folder {

		@Id
		Long id;

		@ElementCollection
		@JoinTable(name = "folder_tags", joinColumns = @JoinColumn(name = "folder_ref"),
				foreignKey = @jakarta.persistence.ForeignKey(name = "fk_folder_tags_folder"),
				indexes = @jakarta.persistence.Index(name = "idx_folder_tag", columnList = "tag"))
		@Column(name = "tag", nullable = false)
		Set<String> tags = new HashSet<>();

		@ElementCollection
		@jakarta.persistence.CollectionTable(name = "folder_labels",
				uniqueConstraints = @jakarta.persistence.UniqueConstraint(columnNames = { "folder_id", "label" }))
		@Column(name = "label", nullable = false)
		Set<String> labels = new HashSet<>();

		@ElementCollection
		Set<String> notes = new HashSet<>();

	}

}
