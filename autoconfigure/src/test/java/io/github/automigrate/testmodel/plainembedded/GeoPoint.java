package io.github.automigrate.testmodel.plainembedded;

/** A record without @Embeddable, embedded by @Embedded alone. */
public record GeoPoint(double latitude, double longitude) {
}
