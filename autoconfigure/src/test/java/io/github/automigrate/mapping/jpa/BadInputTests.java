package io.github.automigrate.mapping.jpa;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.mapping.MappingException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Mapping mistakes: each stops start-up with a message that names the entity class and
 * field and says what to do. (The database-side bad inputs — rights, read-only,
 * unreachable, long names, rows that forbid a NOT NULL column or a unique constraint —
 * are in the integration suites, on every database.)
 */
class BadInputTests {

	static Stream<Arguments> badInputs() {
		return Stream.of(
				bad("a Map without a mapping", List.of(WithMap.class), "WithMap.attributes", "java.util.Map",
						"@Transient"),
				bad("an Object", List.of(WithObject.class), "WithObject.anything", "java.lang.Object",
						"AttributeConverter"),
				bad("a List without @ElementCollection", List.of(WithList.class), "WithList.names", "java.util.List"),
				bad("a class that is no basic type", List.of(WithThread.class), "WithThread.worker",
						"java.lang.Thread"),
				bad("an entity without @ManyToOne, which Hibernate would serialize",
						List.of(SerializedEntity.class, SerializableTarget.class), "SerializedEntity.target",
						"SerializableTarget", "@ManyToOne"),
				bad("an array of strings, which Hibernate maps as an SQL array", List.of(WithArray.class),
						"WithArray.names", "java.lang.String[]", "@ElementCollection"),
				bad("an entity without @Id", List.of(WithoutId.class), WithoutId.class.getName(), "@Id"),
				bad("two entities with one name", List.of(Named.class, SameName.class), "entity name 'Named'",
						"@Entity(name"),
				bad("a reference to a class that is no entity", List.of(ToNonEntity.class), "NotAnEntity",
						"not annotated @Entity"),
				bad("a referenced column that does not exist", List.of(ToMissingColumn.class, Target.class),
						"ToMissingColumn.target", "'nope'", "maps no such column"),
				bad("a column in an undeclared secondary table", List.of(InMissingTable.class), "InMissingTable.note",
						"@SecondaryTable"),
				bad("an index on a missing column", List.of(IndexOnMissing.class), "IndexOnMissing", "'nope'",
						"does not have"),
				bad("a unique constraint on a missing column", List.of(UniqueOnMissing.class), "UniqueOnMissing",
						"'nope'"),
				bad("one table, one column, two types", List.of(SharedTableA.class, SharedTableB.class), "shared.code",
						"maps it as", "one type"),
				bad("an element collection of entities", List.of(CollectsEntities.class, Target.class),
						"CollectsEntities.targets", "@OneToMany"),
				bad("@OneToMany on a single value", List.of(ToManySingle.class, Target.class), "ToManySingle.target",
						"not a collection"),
				bad("@Enumerated on a String", List.of(EnumeratedString.class), "EnumeratedString.state",
						"not an enum"),
				bad("@Version on a String", List.of(VersionString.class), "VersionString.version", "@Version"),
				bad("an @Id that is a collection", List.of(IdCollection.class), "IdCollection.ids", "@Id"),
				bad("IDENTITY on a String", List.of(IdentityString.class), "IdentityString.id", "whole numbers"),
				bad("a zero length", List.of(ZeroLength.class), "ZeroLength.code", "positive length"),
				bad("a scale larger than the precision", List.of(ScaleOverPrecision.class), "ScaleOverPrecision.amount",
						"scale is larger"),
				bad("more join columns than the key has", List.of(TooManyJoinColumns.class, Target.class),
						"TooManyJoinColumns.target", "more join columns"),
				bad("an identifier that refers to itself", List.of(SelfId.class), "SelfId", "refers back to itself"),
				bad("a converter to a type that is no column", List.of(ConvertsToObject.class),
						"ConvertsToObject.value", "java.lang.Object"),
				bad("Hibernate's @Any", List.of(Sticker.class, Target.class), "Sticker.stuckOn", "@Any",
						"does not support", "common entity superclass"),
				bad("Hibernate's @ManyToAny", List.of(Album.class, Target.class), "Album.items", "@ManyToAny",
						"does not support", "@Transient"),
				bad("an @Embeddable @IdClass with its own @Column", List.of(Seat.class), Seat.class.getName(),
						"@IdClass(SeatKey)", "'row'", "@Column", "@EmbeddedId"),
				bad("an @Embeddable @IdClass with its own @ManyToOne", List.of(Berth.class, Target.class),
						Berth.class.getName(), "@IdClass(BerthKey)", "'quay'", "@ManyToOne"),
				bad("an @Embeddable @IdClass with its own @Column on a getter, read as its property-access entity",
						List.of(Bench.class), Bench.class.getName(), "@IdClass(BenchKey)", "'row'", "@Column"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void stopsWithAClearMessage(String description, List<Class<?>> entities, List<String> expected) {
		var failure = assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> new EntityMappingReader().read(entities));
		expected.forEach(failure::withMessageContaining);
	}

	private static Arguments bad(String description, List<Class<?>> entities, String... expected) {
		return Arguments.of(description, entities, List.of(expected));
	}

	@Entity
	static class Target {

		@Id
		private Long id;

	}

	@Entity
	static class SerializableTarget implements java.io.Serializable {

		@Id
		private Long id;

	}

	@Entity
	static class SerializedEntity {

		@Id
		private Long id;

		private SerializableTarget target;

	}

	@Entity
	static class WithArray {

		@Id
		private Long id;

		private String[] names;

	}

	static class NotAnEntity {

		private Long id;

	}

	@Entity
	static class WithMap {

		@Id
		private Long id;

		private Map<String, String> attributes;

	}

	@Entity
	static class WithObject {

		@Id
		private Long id;

		private Object anything;

	}

	@Entity
	static class WithList {

		@Id
		private Long id;

		private List<String> names;

	}

	@Entity
	static class WithThread {

		@Id
		private Long id;

		private Thread worker;

	}

	@Entity
	static class WithoutId {

		private String name;

	}

	@Entity(name = "Named")
	static class Named {

		@Id
		private Long id;

	}

	@Entity(name = "Named")
	@Table(name = "same_name")
	static class SameName {

		@Id
		private Long id;

	}

	@Entity
	static class ToNonEntity {

		@Id
		private Long id;

		@ManyToOne
		private NotAnEntity other;

	}

	@Entity
	static class ToMissingColumn {

		@Id
		private Long id;

		@ManyToOne
		@JoinColumn(name = "target_ref", referencedColumnName = "nope")
		private Target target;

	}

	@Entity
	static class InMissingTable {

		@Id
		private Long id;

		@Column(table = "details")
		private String note;

	}

	@Entity
	@Table(indexes = @Index(columnList = "nope"))
	static class IndexOnMissing {

		@Id
		private Long id;

	}

	@Entity
	@Table(uniqueConstraints = @UniqueConstraint(columnNames = "nope"))
	static class UniqueOnMissing {

		@Id
		private Long id;

	}

	@Entity
	@Table(name = "shared")
	static class SharedTableA {

		@Id
		private Long id;

		private Integer code;

	}

	@Entity
	@Table(name = "shared")
	static class SharedTableB {

		@Id
		private Long id;

		private String code;

	}

	@Entity
	static class CollectsEntities {

		@Id
		private Long id;

		@ElementCollection
		private List<Target> targets;

	}

	@Entity
	static class ToManySingle {

		@Id
		private Long id;

		@OneToMany
		private Target target;

	}

	@Entity
	static class EnumeratedString {

		@Id
		private Long id;

		@Enumerated
		private String state;

	}

	@Entity
	static class VersionString {

		@Id
		private Long id;

		@Version
		private String version;

	}

	@Entity
	static class IdCollection {

		@Id
		private List<Long> ids;

	}

	@Entity
	static class IdentityString {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		private String id;

	}

	@Entity
	static class ZeroLength {

		@Id
		private Long id;

		@Column(length = 0)
		private String code;

	}

	@Entity
	static class ScaleOverPrecision {

		@Id
		private Long id;

		@Column(precision = 5, scale = 10)
		private java.math.BigDecimal amount;

	}

	@Entity
	static class TooManyJoinColumns {

		@Id
		private Long id;

		@ManyToOne
		@JoinColumns({ @JoinColumn(name = "a"), @JoinColumn(name = "b") })
		private Target target;

	}

	@Entity
	static class SelfId {

		@Id
		private Long id;

		@MapsId
		@OneToOne
		private SelfId self;

	}

	static class ToObject implements AttributeConverter<String, Object> {

		@Override
		public Object convertToDatabaseColumn(String attribute) {
			return attribute;
		}

		@Override
		public String convertToEntityAttribute(Object dbData) {
			return String.valueOf(dbData);
		}

	}

	@Entity
	static class ConvertsToObject {

		@Id
		private Long id;

		@Convert(converter = ToObject.class)
		private String value;

	}

	/** Stuck on an entity of any type: Hibernate's discriminator and key columns. */
	@Entity
	static class Sticker {

		@Id
		private Long id;

		@org.hibernate.annotations.Any
		@org.hibernate.annotations.AnyKeyJavaClass(Long.class)
		@Column(name = "stuck_on_type")
		@JoinColumn(name = "stuck_on_id")
		private Object stuckOn;

	}

	/** Items of any entity type, through a join table with a discriminator. */
	@Entity
	static class Album {

		@Id
		private Long id;

		@org.hibernate.annotations.ManyToAny
		@org.hibernate.annotations.AnyKeyJavaClass(Long.class)
		@Column(name = "item_type")
		@jakarta.persistence.JoinTable(name = "album_items", joinColumns = @JoinColumn(name = "album_id"),
				inverseJoinColumns = @JoinColumn(name = "item_id"))
		private List<Object> items;

	}

	/** Its id class renames a key column: Hibernate follows the id class. */
	@Entity
	@jakarta.persistence.IdClass(SeatKey.class)
	static class Seat {

		@Id
		private String row;

		@Id
		private int number;

	}

	@jakarta.persistence.Embeddable
	static class SeatKey implements java.io.Serializable {

		@Column(name = "seat_row")
		private String row;

		private int number;

	}

	/**
	 * Property access (its ids on getters): its id class is read by its getters, one of
	 * which renames a column.
	 */
	@Entity
	@jakarta.persistence.IdClass(BenchKey.class)
	static class Bench {

		private String row;

		private int number;

		@Id
		public String getRow() {
			return this.row;
		}

		public void setRow(String row) {
			this.row = row;
		}

		@Id
		public int getNumber() {
			return this.number;
		}

		public void setNumber(int number) {
			this.number = number;
		}

	}

	@jakarta.persistence.Embeddable
	static class BenchKey implements java.io.Serializable {

		private String row;

		private int number;

		@Column(name = "bench_row")
		public String getRow() {
			return this.row;
		}

		public int getNumber() {
			return this.number;
		}

	}

	/** Its id class holds the association the entity's @Id only names. */
	@Entity
	@jakarta.persistence.IdClass(BerthKey.class)
	static class Berth {

		@Id
		private Target quay;

		@Id
		private int position;

	}

	@jakarta.persistence.Embeddable
	static class BerthKey implements java.io.Serializable {

		@ManyToOne
		@JoinColumn(name = "quay_ref")
		private Target quay;

		private int position;

	}

}
