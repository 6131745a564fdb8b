package io.github.automigrate.datajdbc.shapes;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** Shape 7: embedded values with prefixes, nested, null and empty. */
@Table
public record Customer(@Id Long id, String name, @Embedded.Nullable(prefix = "home_") Address home,
		@Embedded.Empty(prefix = "work_") Address work) {

	// Integer, not int: Spring Data 4.1 passes null for an empty embedded value's
	// primitive constructor argument.
	public record Address(String street, Integer zip, @Embedded.Nullable(prefix = "geo_") Geo geo) {
	}

	public record Geo(Double lat, Double lon) {
	}

}
