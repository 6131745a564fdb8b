package io.github.automigrate.testmodel.rich;

import jakarta.persistence.Embeddable;

/** An embeddable record, nested in another embeddable. */
@Embeddable
public record GeoPoint(Double latitude, Double longitude) {
}
