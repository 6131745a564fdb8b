package io.github.automigrate.mapping.jpa;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Shapes Hibernate 7.4 gives columns and keys that the second and third real-world sweeps
 * (Keycloak, Conduit, the Hibernate kitchen sink, Shopizer) showed, each looked up in
 * what Hibernate creates.
 */
class HibernateShapesMappingTests {

	private final EntityMappingReader reader = new EntityMappingReader();

	@Test
	void referencesInsideAnEmbeddedIdAreKeyColumnsWithForeignKeys() {
		Table favourite = table(List.of(Favourite.class, Post.class, Reader.class), "favourite");
		assertThat(favourite.primaryKey()).containsExactly(Identifier.of("post_id"), Identifier.of("reader_id"));
		assertThat(favourite.foreignKeys()).extracting((key) -> key.referencedTable().name().text())
			.containsExactlyInAnyOrder("post", "reader");
	}

	@Test
	void everyMapsIdMapsItsOwnPartOfTheEmbeddedId() {
		Table follow = table(List.of(Following.class, Reader.class), "following");
		// Columns of one size, ordered by name as Hibernate orders a key's columns.
		assertThat(follow.primaryKey()).containsExactly(Identifier.of("who_id"), Identifier.of("whom_id"));
		assertThat(follow.columns()).hasSize(2);
		assertThat(follow.foreignKeys()).extracting(ForeignKey::columns)
			.containsExactlyInAnyOrder(List.of(Identifier.of("whom_id")), List.of(Identifier.of("who_id")));
	}

	@Test
	void abstractTablePerClassRootKeepsItsSequence() {
		Schema schema = this.reader.read(List.of(Media.class, Photo.class)).schema();
		assertThat(schema.sequences())
			.containsExactly(new Sequence(new TableName(null, Identifier.of("media_seq")), 1, 50));
	}

	@Test
	void jdbcTypeCodesOfCharacterTypesShapeTheColumn() {
		Table coded = table(List.of(Coded.class), "coded");
		assertThat(type(coded, "code")).isEqualTo(ColumnType.ofLength(TypeKind.CHAR, 3));
		assertThat(type(coded, "char_uuid")).isEqualTo(ColumnType.ofLength(TypeKind.CHAR, 36));
		assertThat(type(coded, "varchar_uuid")).isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 36));
		assertThat(type(coded, "notes")).isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 32_600));
		assertThat(type(coded, "short_notes")).isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 2_000));
		assertThat(type(coded, "transcript")).isEqualTo(ColumnType.ofLength(TypeKind.CLOB, Integer.MAX_VALUE));
	}

	@Test
	void jdbcTypeCodesOfBinaryTypesStoreAUuidAsItsSixteenBytes() {
		Table coded = table(List.of(Coded.class), "coded");
		assertThat(type(coded, "binary_uuid")).isEqualTo(ColumnType.ofLength(TypeKind.BINARY, 16));
		assertThat(type(coded, "varbinary_uuid")).isEqualTo(ColumnType.ofLength(TypeKind.VARBINARY, 16));
		assertThat(type(coded, "default_length_uuid")).isEqualTo(ColumnType.ofLength(TypeKind.BINARY, 16));
	}

	@Test
	void tenantAndGeneratedTimestampsAreNotNullWhateverColumnSays() {
		Table stamped = table(List.of(Stamped.class), "stamped");
		assertThat(stamped.column(Identifier.of("tenant")).orElseThrow().nullable()).isFalse();
		assertThat(stamped.column(Identifier.of("created_at")).orElseThrow().nullable()).isFalse();
		assertThat(stamped.column(Identifier.of("updated_at")).orElseThrow().nullable()).isFalse();
		assertThat(stamped.column(Identifier.of("touched_at")).orElseThrow().nullable()).isTrue();
	}

	@Test
	void lobWithAnExplicitColumnHasItsLengthEvenTheDefault() {
		Table stamped = table(List.of(Stamped.class), "stamped");
		assertThat(type(stamped, "body")).isEqualTo(ColumnType.ofLength(TypeKind.CLOB, 255));
		assertThat(type(stamped, "summary")).isEqualTo(ColumnType.of(TypeKind.CLOB));
	}

	@Test
	void namedJoinColumnOfACompositeKeyPartHasTheDefaultLength() {
		Table attribute = table(List.of(Realm.class, RealmSetting.class, RealmFlag.class), "realm_setting");
		assertThat(type(attribute, "realm_ref")).isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 255));
		Table flag = table(List.of(Realm.class, RealmSetting.class, RealmFlag.class), "realm_flag");
		assertThat(type(flag, "realm_id")).isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 36));
	}

	@Test
	void namedJoinColumnOfAnIdClassPartTypedByTheEntityHasTheReferencedLength() {
		Table entry = table(List.of(Realm.class, RealmEntry.class), "realm_entry");
		assertThat(type(entry, "realm_ref")).isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 36));
	}

	@Test
	void uniqueKeyOverExactlyThePrimaryKeyIsLeftOut() {
		Table unique = table(List.of(UniqueId.class), "unique_id");
		assertThat(unique.indexes()).extracting((index) -> index.columns())
			.containsExactly(List.of(Identifier.of("code"), Identifier.of("id")));
	}

	@Test
	void joinTableIndexOnAMissingColumnNamesTheAttribute() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> this.reader.read(List.of(Shelf.class, Reader.class)))
			.withMessageContaining("Shelf.readers")
			.withMessageContaining("'nope'")
			.withMessageContaining("Name the column as the mapping does");
	}

	@Entity(name = "Shelf")
	static class Shelf {

		@Id
		private Long id;

		@ManyToMany
		@JoinTable(indexes = @Index(columnList = "nope"))
		private Set<Reader> readers;

	}

	@Test
	void joinTableIndexesAreCreated() {
		Table joined = table(List.of(Post.class, Reader.class), "post_readers");
		assertThat(joined.indexes()).extracting((index) -> index.name().text()).contains("ix_post_readers_reader");
	}

	@Test
	void onDeleteGoesIntoTheForeignKeyHibernateMakes() {
		Table remark = table(List.of(Remark.class, Post.class, Reader.class), "remark");
		assertThat(remark.foreignKeys()).extracting((key) -> key.referencedTable().name().text(), ForeignKey::onDelete)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("post", ForeignKey.OnDelete.CASCADE),
					org.assertj.core.groups.Tuple.tuple("reader", ForeignKey.OnDelete.NO_ACTION));
		Table tags = table(List.of(Remark.class, Post.class, Reader.class), "remark_tags");
		assertThat(tags.foreignKeys()).extracting(ForeignKey::onDelete).containsExactly(ForeignKey.OnDelete.CASCADE);
	}

	@Entity(name = "Remark")
	static class Remark {

		@Id
		private Long id;

		@ManyToOne
		@org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
		private Post post;

		@ManyToOne
		private Reader author;

		@jakarta.persistence.ElementCollection
		@org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
		private Set<String> tags;

	}

	@Test
	void toOneThroughAJoinTableIsATableKeyedByTheOwnerAsHibernateCreatesIt() {
		List<Class<?>> model = List.of(Parcel.class, Reader.class);
		Table courier = table(model, "parcel_courier");
		assertThat(courier.primaryKey()).containsExactly(Identifier.of("parcel_no"));
		assertThat(courier.columns()).extracting((column) -> column.name().text(), (column) -> column.nullable())
			.containsExactly(org.assertj.core.api.Assertions.tuple("parcel_no", false),
					org.assertj.core.api.Assertions.tuple("courier_id", false));
		assertThat(courier.foreignKeys()).extracting((key) -> key.referencedTable().name().text())
			.containsExactlyInAnyOrder("parcel", "reader");
		Table label = table(model, "parcel_label");
		assertThat(label.primaryKey()).containsExactly(Identifier.of("labelled_parcel"));
		assertThat(label.indexes()).filteredOn(io.github.automigrate.model.Index::unique)
			.extracting(io.github.automigrate.model.Index::columns)
			.containsExactly(List.of(Identifier.of("label_id")));
	}

	@Test
	void embeddableMapKeysAreKeyColumnsNamedAsTheEmbeddableOrItsKeyOverrides() {
		Table labels = table(List.of(Rack.class), "rack_labels");
		assertThat(labels.columns()).extracting((column) -> column.name().text(), (column) -> column.nullable())
			.containsExactly(org.assertj.core.api.Assertions.tuple("rack_id", false),
					org.assertj.core.api.Assertions.tuple("row_no", false),
					org.assertj.core.api.Assertions.tuple("slot", false),
					org.assertj.core.api.Assertions.tuple("labels", true));
		assertThat(labels.primaryKey()).containsExactly(Identifier.of("rack_id"), Identifier.of("row_no"),
				Identifier.of("slot"));
	}

	@Test
	void bagWithACollectionIdIsKeyedByItsIdentifierColumn() {
		Table photos = table(List.of(Album.class), "album_photos");
		assertThat(photos.columns()).extracting((column) -> column.name().text(), (column) -> column.nullable())
			.containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("album_id", false),
					org.assertj.core.api.Assertions.tuple("photo_id", false),
					org.assertj.core.api.Assertions.tuple("photos", true));
		assertThat(type(photos, "photo_id")).isEqualTo(ColumnType.of(TypeKind.BIGINT));
		assertThat(photos.primaryKey()).containsExactly(Identifier.of("photo_id"));
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

	private static ColumnType type(Table table, String column) {
		return table.column(Identifier.of(column)).orElseThrow().type();
	}

	@Entity(name = "Post")
	static class Post {

		@Id
		private Long id;

		@ManyToMany
		@JoinTable(indexes = @Index(name = "ix_post_readers_reader", columnList = "readers_id"))
		private Set<Reader> readers;

	}

	@Entity(name = "Reader")
	static class Reader {

		@Id
		private Long id;

	}

	@Entity(name = "Favourite")
	static class Favourite {

		@EmbeddedId
		private Key id;

		@Embeddable
		static class Key implements Serializable {

			@ManyToOne
			private Post post;

			@ManyToOne
			private Reader reader;

		}

	}

	@Entity(name = "Following")
	static class Following {

		@EmbeddedId
		private Key id;

		@MapsId("followerId")
		@ManyToOne
		@JoinColumn(name = "who_id")
		private Reader follower;

		@MapsId("followeeId")
		@ManyToOne
		@JoinColumn(name = "whom_id")
		private Reader followee;

		@Embeddable
		static class Key implements Serializable {

			private Long followerId;

			private Long followeeId;

		}

	}

	@Entity(name = "Media")
	@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
	abstract static class Media {

		@Id
		@GeneratedValue(strategy = GenerationType.SEQUENCE)
		private Long id;

	}

	@Entity(name = "Photo")
	static class Photo extends Media {

		private int width;

	}

	@Entity(name = "UniqueId")
	@jakarta.persistence.Table(uniqueConstraints = { @jakarta.persistence.UniqueConstraint(columnNames = "id"),
			@jakarta.persistence.UniqueConstraint(columnNames = { "code", "id" }) })
	static class UniqueId {

		@Id
		@Column(unique = true)
		private Long id;

		private String code;

	}

	@Entity(name = "Coded")
	static class Coded {

		@Id
		private Long id;

		@JdbcTypeCode(SqlTypes.CHAR)
		@Column(length = 3)
		private String code;

		@JdbcTypeCode(SqlTypes.CHAR)
		private UUID charUuid;

		@JdbcTypeCode(SqlTypes.VARCHAR)
		private UUID varcharUuid;

		@JdbcTypeCode(SqlTypes.BINARY)
		private UUID binaryUuid;

		@JdbcTypeCode(SqlTypes.VARBINARY)
		private UUID varbinaryUuid;

		@JdbcTypeCode(SqlTypes.BINARY)
		@Column(length = 255)
		private UUID defaultLengthUuid;

		@JdbcTypeCode(SqlTypes.LONGVARCHAR)
		private String notes;

		@JdbcTypeCode(SqlTypes.LONGVARCHAR)
		@Column(length = 2_000)
		private String shortNotes;

		@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
		private String transcript;

	}

	@Entity(name = "Stamped")
	static class Stamped {

		@Id
		private Long id;

		@TenantId
		private String tenant;

		@CreationTimestamp
		@Column(name = "created_at")
		private Instant createdAt;

		@UpdateTimestamp
		private Instant updatedAt;

		@org.hibernate.annotations.CurrentTimestamp(event = org.hibernate.generator.EventType.UPDATE)
		private Instant touchedAt;

		@Lob
		@Column(nullable = false)
		private String body;

		@Lob
		private String summary;

	}

	@Entity(name = "Parcel")
	static class Parcel {

		@Id
		private Long parcelNo;

		@ManyToOne
		@JoinTable(name = "parcel_courier")
		private Reader courier;

		@jakarta.persistence.OneToOne
		@JoinTable(name = "parcel_label", joinColumns = @JoinColumn(name = "labelled_parcel"))
		private Reader label;

	}

	@Embeddable
	static class Place {

		private Integer row;

		private Integer slot;

	}

	@Entity(name = "Rack")
	static class Rack {

		@Id
		private Long id;

		@jakarta.persistence.ElementCollection
		@jakarta.persistence.AttributeOverride(name = "key.row", column = @Column(name = "row_no"))
		private java.util.Map<Place, String> labels;

	}

	@Entity(name = "Album")
	static class Album {

		@Id
		private Long id;

		@jakarta.persistence.ElementCollection
		@org.hibernate.annotations.CollectionId(column = @Column(name = "photo_id"), generator = "increment")
		@org.hibernate.annotations.CollectionIdJdbcTypeCode(java.sql.Types.BIGINT)
		private java.util.Collection<String> photos;

	}

	@Entity(name = "Realm")
	static class Realm {

		@Id
		@Column(length = 36)
		private String id;

	}

	@Entity(name = "RealmSetting")
	@IdClass(RealmSetting.Key.class)
	static class RealmSetting {

		@Id
		@ManyToOne
		@JoinColumn(name = "realm_ref")
		private Realm realm;

		@Id
		private String name;

		static class Key implements Serializable {

			private String realm;

			private String name;

		}

	}

	@Entity(name = "RealmEntry")
	@IdClass(RealmEntry.Key.class)
	static class RealmEntry {

		@Id
		@ManyToOne
		@JoinColumn(name = "realm_ref")
		private Realm realm;

		@Id
		private String name;

		static class Key implements Serializable {

			private Realm realm;

			private String name;

		}

	}

	@Entity(name = "RealmFlag")
	@IdClass(RealmFlag.Key.class)
	static class RealmFlag {

		@Id
		@ManyToOne
		private Realm realm;

		@Id
		private String name;

		static class Key implements Serializable {

			private String realm;

			private String name;

		}

	}

}
