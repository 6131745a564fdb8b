package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import org.junit.jupiter.api.Test;

import io.github.automigrate.model.Schema;
import io.github.automigrate.testmodel.petclinic.PetClinicModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of a table's columns, which positional {@code INSERT INTO t VALUES (...)}
 * scripts (a {@code data.sql}) depend on: the table's own columns in declaration order,
 * then the columns other mappings contribute; the same whatever order the entities are
 * read in.
 */
class ColumnOrderTests {

	private final EntityMappingReader reader = new EntityMappingReader();

	@Test
	void petclinicTablesHaveTheColumnsInTheOrderItsSchemaScriptDeclaresThem() {
		for (List<Class<?>> classes : List.of(PetClinicModel.CLASSES, reversed(PetClinicModel.CLASSES))) {
			Schema schema = this.reader.read(classes).schema();
			assertThat(columns(schema, "owners")).containsExactly("id", "first_name", "last_name", "address", "city",
					"telephone");
			// The owner's key, which Owner.pets contributes, comes after the pet's own
			// columns.
			assertThat(columns(schema, "pets")).containsExactly("id", "name", "birth_date", "type_id", "owner_id");
			assertThat(columns(schema, "visits")).containsExactly("id", "visit_date", "description", "pet_id");
			assertThat(columns(schema, "vets")).containsExactly("id", "first_name", "last_name");
			assertThat(columns(schema, "vet_specialties")).containsExactly("vet_id", "specialty_id");
			assertThat(columns(schema, "types")).containsExactly("id", "name");
			assertThat(columns(schema, "specialties")).containsExactly("id", "name");
		}
	}

	@Test
	void embeddedAndJoinColumnsTakeTheirAttributesPlaceAndContributedColumnsComeLast() {
		List<String> expected = List.of("id", "label", "street", "city", "origin_id", "weight", "depot_id",
				"shelf_position");
		assertThat(columns(this.reader.read(List.of(Depot.class, Parcel.class)).schema(), "parcel"))
			.containsExactlyElementsOf(expected);
		assertThat(columns(this.reader.read(List.of(Parcel.class, Depot.class)).schema(), "parcel"))
			.containsExactlyElementsOf(expected);
	}

	@Test
	void singleTableHasTheRootsColumnsThenEachSubclassBelowItsParentSiblingsByClassName() {
		List<String> expected = List.of("id", "kind", "amount", "iban", "card_number", "card_expiry", "gift_code");
		List<Class<?>> classes = List.of(Payment.class, CardPayment.class, GiftCardPayment.class, BankPayment.class);
		assertThat(columns(this.reader.read(classes).schema(), "payment")).containsExactlyElementsOf(expected);
		assertThat(columns(this.reader.read(reversed(classes)).schema(), "payment"))
			.containsExactlyElementsOf(expected);
	}

	@Test
	void joinedSubclassTableHasItsKeyFirst() {
		Schema schema = this.reader.read(List.of(Vehicle.class, Truck.class)).schema();
		assertThat(columns(schema, "truck")).containsExactly("id", "axles", "payload");
	}

	@Test
	void propertyAccessFollowsTheOrderOfTheFieldsBehindTheGetters() {
		// getDeclaredMethods() has no fixed order (HotSpot's changes with class data
		// sharing): getters whose names the JDK already holds (getName, getType) and new
		// ones (getZebraStripeCount, getQuokkaTail) interleaved.
		Schema schema = this.reader.read(List.of(Ledger.class)).schema();
		assertThat(columns(schema, "ledger")).containsExactly("id", "zebra_stripe_count", "name", "quokka_tail", "type",
				"computed_total");
	}

	private static List<String> columns(Schema schema, String table) {
		return schema.tables()
			.stream()
			.filter((candidate) -> candidate.name().name().text().equals(table))
			.findFirst()
			.orElseThrow()
			.columns()
			.stream()
			.map((column) -> column.name().text())
			.toList();
	}

	private static List<Class<?>> reversed(List<Class<?>> classes) {
		List<Class<?>> reversed = new ArrayList<>(classes);
		Collections.reverse(reversed);
		return reversed;
	}

	@Entity(name = "Ledger")
	static class Ledger {

		private long id;

		private String zebraStripeCount;

		private String name;

		private String quokkaTail;

		private int type;

		@Id
		public long getId() {
			return this.id;
		}

		public String getZebraStripeCount() {
			return this.zebraStripeCount;
		}

		public String getName() {
			return this.name;
		}

		public String getQuokkaTail() {
			return this.quokkaTail;
		}

		public int getType() {
			return this.type;
		}

		// No field behind it: after those that have one.
		public long getComputedTotal() {
			return 0;
		}

	}

	@Entity(name = "Depot")
	static class Depot {

		@Id
		private long id;

		@OneToMany
		@JoinColumn(name = "depot_id")
		@OrderColumn(name = "shelf_position")
		private List<Parcel> parcels;

	}

	@Entity(name = "Parcel")
	static class Parcel {

		@Id
		private long id;

		private String label;

		@Embedded
		private Address address;

		@ManyToOne
		private Depot origin;

		private double weight;

	}

	@Embeddable
	static class Address {

		private String street;

		private String city;

	}

	@Entity(name = "Payment")
	@DiscriminatorColumn(name = "kind")
	static class Payment {

		@Id
		private long id;

		private long amount;

	}

	@Entity(name = "CardPayment")
	static class CardPayment extends Payment {

		private String cardNumber;

		private String cardExpiry;

	}

	@Entity(name = "GiftCardPayment")
	static class GiftCardPayment extends CardPayment {

		private String giftCode;

	}

	@Entity(name = "BankPayment")
	static class BankPayment extends Payment {

		private String iban;

	}

	@Entity(name = "Vehicle")
	@Inheritance(strategy = InheritanceType.JOINED)
	static class Vehicle {

		@Id
		private long id;

		private String plate;

	}

	@Entity(name = "Truck")
	static class Truck extends Vehicle {

		private int axles;

		private int payload;

	}

}
