package io.github.automigrate.mapping.jpa;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import org.junit.jupiter.api.Test;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TypeKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A {@code referencedColumnName} names a logical column name of the referenced entity (as
 * written in {@code @Column(name)}, or the attribute's name), ignoring case unless
 * quoted, as Hibernate 7 resolves it.
 */
class ReferencedColumnNameTests {

	@Test
	void upperCaseNameFindsTheAttributeWhosePhysicalNameIsSnakeCase() {
		Table line = table(read(new NamingSettings(NamingSettings.Physical.SNAKE_CASE, null, false, false), Line.class,
				Part.class), "line");
		assertThat(line.column(id("part_no")).orElseThrow().type())
			.isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 12));
		assertThat(line.foreignKeys()).extracting(ForeignKey::referencedColumns)
			.containsExactly(List.of(id("part_number")));
	}

	@Test
	void physicalNameIsStillAccepted() {
		Table line = table(read(NamingSettings.defaults(), PhysicalLine.class, Part.class), "physical_line");
		assertThat(line.foreignKeys()).extracting(ForeignKey::referencedColumns)
			.containsExactly(List.of(id("part_number")));
	}

	@Test
	void explicitColumnNameIsTheLogicalNameWhateverItsCase() {
		Table line = table(read(NamingSettings.defaults(), RevisionLine.class, Part.class), "revision_line");
		assertThat(line.column(id("rev")).orElseThrow().type()).isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 3));
		assertThat(line.foreignKeys()).extracting(ForeignKey::referencedColumns)
			.containsExactly(List.of(id("part_rev")));
	}

	@Test
	void attributeNameOfAnExplicitlyNamedColumnIsNoLogicalName() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> read(NamingSettings.defaults(), AttributeNamedLine.class, Part.class))
			.withMessageContaining("AttributeNamedLine.part")
			.withMessageContaining("'revision'")
			.withMessageContaining("maps no such column");
	}

	@Test
	void physicalNamesAsWrittenMatchIgnoringCase() {
		Table line = table(read(new NamingSettings(NamingSettings.Physical.AS_WRITTEN, null, false, false), Line.class,
				Part.class), "Line");
		assertThat(line.foreignKeys()).extracting(ForeignKey::referencedColumns)
			.containsExactly(List.of(id("partNumber")));
	}

	@Test
	void globallyQuotedNamesMatchTheQuotedLogicalName() {
		NamingSettings quoted = new NamingSettings(NamingSettings.Physical.SNAKE_CASE, null, false, true);
		Table line = table(read(quoted, ExactLine.class, Part.class), "ExactLine");
		assertThat(line.foreignKeys()).extracting(ForeignKey::referencedColumns)
			.containsExactly(List.of(new Identifier("partNumber", true)));
	}

	@Test
	void customPhysicalStrategyNamesTheReferencedColumn() {
		NamingSettings custom = new NamingSettings(NamingSettings.Physical.CUSTOM,
				io.github.automigrate.testsupport.PrefixedTableNaming.class.getName(), false, false);
		Schema schema = read(custom, Line.class, Part.class);
		Table line = schema.tables()
			.stream()
			.filter((table) -> table.name().name().text().endsWith("line"))
			.findFirst()
			.orElseThrow();
		assertThat(line.foreignKeys()).extracting(ForeignKey::referencedColumns)
			.containsExactly(List.of(id("part_number")));
	}

	@Test
	void referenceToAnotherColumnThanTheKeyMakesItUnique() {
		Table part = table(read(NamingSettings.defaults(), Line.class, Part.class), "part");
		assertThat(part.indexes()).filteredOn(Index::unique)
			.extracting(Index::columns)
			.containsExactly(List.of(id("part_number")));
	}

	@Test
	void compositeReferenceToOtherColumnsIsOrderedByAttributeAndMadeUnique() {
		Schema schema = read(NamingSettings.defaults(), BinLine.class, Site.class);
		assertThat(table(schema, "site").indexes()).filteredOn(Index::unique)
			.extracting(Index::columns)
			.containsExactly(List.of(id("region_cd"), id("site_no")));
		Table line = table(schema, "bin_line");
		assertThat(line.foreignKeys()).singleElement().satisfies((key) -> {
			assertThat(key.columns()).containsExactly(id("line_region"), id("line_site_no"));
			assertThat(key.referencedColumns()).containsExactly(id("region_cd"), id("site_no"));
		});
		// Hibernate 7 sizes the join columns by position among the referenced columns in
		// attribute order.
		assertThat(line.column(id("line_region")).orElseThrow().type())
			.isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 255));
	}

	@Test
	void compositeKeyReferenceInAnyOrderFollowsTheKeyInsideAnEmbeddedId() {
		Table line = table(read(NamingSettings.defaults(), SupplierLine.class, Supplier.class), "supplier_line");
		assertThat(line.foreignKeys()).singleElement().satisfies((key) -> {
			assertThat(key.columns()).containsExactly(id("s_country"), id("s_no"));
			assertThat(key.referencedColumns()).containsExactly(id("country_code"), id("supplier_no"));
		});
		assertThat(line.column(id("s_no")).orElseThrow().type()).isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 6));
		assertThat(table(read(NamingSettings.defaults(), SupplierLine.class, Supplier.class), "supplier").indexes())
			.isEmpty();
	}

	@Test
	void primaryKeyJoinColumnsNameTheSuperclassKeyColumnsInAnyOrder() {
		Table savings = table(read(NamingSettings.defaults(), Account.class, SavingsAccount.class), "savings_account");
		assertThat(savings.primaryKey()).containsExactly(id("sav_no"), id("sav_bank"));
		assertThat(savings.column(id("sav_bank")).orElseThrow().type())
			.isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 8));
		assertThat(savings.column(id("sav_no")).orElseThrow().type()).isEqualTo(ColumnType.of(TypeKind.BIGINT));
		assertThat(savings.foreignKeys()).singleElement()
			.satisfies((key) -> assertThat(key.referencedColumns()).containsExactly(id("account_no"), id("bank_code")));
	}

	@Test
	void secondaryTableKeyColumnsNameTheKeyColumnsInAnyOrder() {
		Table text = table(read(NamingSettings.defaults(), Account.class, SavingsAccount.class), "account_text");
		assertThat(text.column(id("text_bank")).orElseThrow().type())
			.isEqualTo(ColumnType.ofLength(TypeKind.VARCHAR, 8));
		assertThat(text.column(id("text_no")).orElseThrow().type()).isEqualTo(ColumnType.of(TypeKind.BIGINT));
	}

	@Test
	void keyJoinColumnNamingNoKeyColumnIsRefused() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> read(NamingSettings.defaults(), Account.class, WrongSavingsAccount.class))
			.withMessageContaining("'HOLDER'")
			.withMessageContaining("not one of its identifier columns");
	}

	@Test
	void oneToOneOnThePrimaryKeyMapsNoColumn() {
		Table stamp = table(read(NamingSettings.defaults(), Stamp.class, Part.class), "stamp");
		assertThat(stamp.columns()).extracting((column) -> column.name().text()).containsExactly("id", "stamped_by");
		assertThat(stamp.foreignKeys()).isEmpty();
	}

	private static Schema read(NamingSettings naming, Class<?>... entities) {
		return new EntityMappingReader(naming).read(List.of(entities)).schema();
	}

	private static Table table(Schema schema, String name) {
		return schema.tables()
			.stream()
			.filter((table) -> table.name().name().text().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static Identifier id(String name) {
		return new Identifier(name, false);
	}

	@Entity(name = "Part")
	static class Part {

		@Id
		Long id;

		@Column(length = 12)
		String partNumber;

		@Column(name = "PART_REV", length = 3)
		String revision;

	}

	@Entity(name = "Line")
	static class Line {

		@Id
		Long id;

		@ManyToOne
		@JoinColumn(name = "part_no", referencedColumnName = "PARTNUMBER")
		Part part;

	}

	@Entity(name = "PhysicalLine")
	static class PhysicalLine {

		@Id
		Long id;

		@ManyToOne
		@JoinColumn(name = "part_no", referencedColumnName = "part_number")
		Part part;

	}

	@Entity(name = "RevisionLine")
	static class RevisionLine {

		@Id
		Long id;

		@ManyToOne
		@JoinColumn(name = "rev", referencedColumnName = "part_rev")
		Part part;

	}

	@Entity(name = "AttributeNamedLine")
	static class AttributeNamedLine {

		@Id
		Long id;

		@ManyToOne
		@JoinColumn(name = "rev", referencedColumnName = "revision")
		Part part;

	}

	@Entity(name = "ExactLine")
	static class ExactLine {

		@Id
		Long id;

		@ManyToOne
		@JoinColumn(name = "part_no", referencedColumnName = "partNumber")
		Part part;

	}

	@Entity(name = "Site")
	static class Site {

		@Id
		Long id;

		@Column(name = "REGION_CD", length = 4)
		String regionCode;

		Integer siteNo;

	}

	@Entity(name = "BinLine")
	static class BinLine {

		@Id
		Long id;

		@ManyToOne
		@JoinColumns({ @JoinColumn(name = "line_site_no", referencedColumnName = "SITENO"),
				@JoinColumn(name = "line_region", referencedColumnName = "region_cd") })
		Site site;

	}

	@Embeddable
	static class SupplierKey {

		@Column(length = 2)
		String countryCode;

		@Column(length = 6)
		String supplierNo;

	}

	@Entity(name = "Supplier")
	static class Supplier {

		@EmbeddedId
		SupplierKey key;

	}

	@Entity(name = "SupplierLine")
	static class SupplierLine {

		@Id
		Long id;

		@ManyToOne
		@JoinColumns({ @JoinColumn(name = "s_no", referencedColumnName = "SUPPLIERNO"),
				@JoinColumn(name = "s_country", referencedColumnName = "COUNTRYCODE") })
		Supplier supplier;

	}

	@Embeddable
	static class AccountKey {

		@Column(length = 8)
		String bankCode;

		Long accountNo;

	}

	@Entity(name = "Account")
	@Inheritance(strategy = InheritanceType.JOINED)
	@SecondaryTable(name = "account_text",
			pkJoinColumns = { @PrimaryKeyJoinColumn(name = "text_bank", referencedColumnName = "BANKCODE"),
					@PrimaryKeyJoinColumn(name = "text_no", referencedColumnName = "ACCOUNTNO") })
	static class Account {

		@EmbeddedId
		AccountKey key;

		String holder;

		@Column(table = "account_text")
		String text;

	}

	@Entity(name = "SavingsAccount")
	@PrimaryKeyJoinColumn(name = "sav_bank", referencedColumnName = "BANKCODE")
	@PrimaryKeyJoinColumn(name = "sav_no", referencedColumnName = "ACCOUNTNO")
	static class SavingsAccount extends Account {

		Integer rate;

	}

	@Entity(name = "WrongSavingsAccount")
	@PrimaryKeyJoinColumn(name = "sav_bank", referencedColumnName = "HOLDER")
	@PrimaryKeyJoinColumn(name = "sav_no", referencedColumnName = "ACCOUNTNO")
	static class WrongSavingsAccount extends Account {

	}

	@Entity(name = "Stamp")
	static class Stamp {

		@Id
		Long id;

		String stampedBy;

		@OneToOne
		@PrimaryKeyJoinColumn(name = "ID", referencedColumnName = "id")
		Part part;

	}

}
