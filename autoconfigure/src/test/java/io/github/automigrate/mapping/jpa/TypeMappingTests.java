package io.github.automigrate.mapping.jpa;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TypeKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Java types to column types, as Hibernate 7.4's own {@code create} maps them (checked on
 * the four databases by the type sweep of the integration tests).
 */
class TypeMappingTests {

	static Stream<Arguments> types() {
		return Stream.of(arguments("year", ColumnType.of(TypeKind.INTEGER)),
				arguments("offset_time", ColumnType.of(TypeKind.TIME_TZ)),
				// Hibernate's preferred_duration_jdbc_type defaults to NUMERIC:
				// nanoseconds, precision 21.
				arguments("duration", ColumnType.ofDecimal(21, 0)),
				arguments("precise_duration", ColumnType.ofDecimal(30, 0)),
				// A Serializable type Hibernate has no other mapping for is stored
				// serialized.
				arguments("year_month", ColumnType.ofLength(TypeKind.VARBINARY, 255)),
				arguments("payload", ColumnType.ofLength(TypeKind.VARBINARY, 255)),
				arguments("lob_payload", ColumnType.of(TypeKind.BLOB)),
				arguments("address", ColumnType.ofLength(TypeKind.INET, 19)),
				// JPA's default length of 255 means "none given" to Hibernate: the Java
				// type's own length applies.
				arguments("currency", ColumnType.ofLength(TypeKind.VARCHAR, 3)),
				arguments("named_currency", ColumnType.ofLength(TypeKind.VARCHAR, 3)),
				arguments("explicit_default_currency", ColumnType.ofLength(TypeKind.VARCHAR, 3)),
				arguments("long_currency", ColumnType.ofLength(TypeKind.VARCHAR, 5)),
				// A @Lob on a type stored as text is a large object, with the explicit
				// @Column's length, as for a String.
				arguments("lob_currency", ColumnType.ofLength(TypeKind.CLOB, 255)),
				arguments("lob_locale", ColumnType.of(TypeKind.CLOB)),
				arguments("offset", ColumnType.ofLength(TypeKind.VARCHAR, 6)),
				// A scale without a precision is ignored.
				arguments("scale_only", ColumnType.ofDecimal(38, 2)),
				arguments("precise_amount", ColumnType.ofDecimal(10, 4)),
				// An enum's name in a column of length 1 is a char (where the database
				// has no enum type), else a varchar.
				arguments("one_letter_level", ColumnType.ofLength(TypeKind.ENUM_CHAR, 1)),
				arguments("two_letter_level", ColumnType.ofLength(TypeKind.VARCHAR, 2)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("types")
	void mapsTypesAsHibernateDoes(String column, ColumnType type) {
		io.github.automigrate.model.Table table = new EntityMappingReader().read(List.of(Sample.class))
			.schema()
			.tables()
			.get(0);
		assertThat(table.column(Identifier.of(column)).orElseThrow().type()).isEqualTo(type);
	}

	@Entity
	static class Sample {

		@Id
		private long id;

		private Year year;

		@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
		@Column(length = 1)
		private Level oneLetterLevel;

		@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
		@Column(length = 2)
		private Level twoLetterLevel;

		private OffsetTime offsetTime;

		private Duration duration;

		@Column(precision = 30)
		private Duration preciseDuration;

		private YearMonth yearMonth;

		private Serializable payload;

		@Lob
		private Serializable lobPayload;

		private InetAddress address;

		private Currency currency;

		@Column(name = "named_currency")
		private Currency namedCurrency;

		@Column(length = 255)
		private Currency explicitDefaultCurrency;

		@Column(length = 5)
		private Currency longCurrency;

		@Lob
		@Column(name = "lob_currency")
		private Currency lobCurrency;

		@Lob
		private java.util.Locale lobLocale;

		private ZoneOffset offset;

		@Column(scale = 4)
		private BigDecimal scaleOnly;

		@Column(precision = 10, scale = 4)
		private BigDecimal preciseAmount;

	}

	enum Level {

		A, B

	}

}
