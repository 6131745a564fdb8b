package io.github.automigrate.testmodel.classoverrides;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
@AttributeOverride(name = "ebookPublisher.name", column = @Column(name = "ebook_publisher_name", length = 80))
@AttributeOverride(name = "printPublisher.country", column = @Column(name = "printed_in", nullable = false))
public class Book extends Publication {

	Publisher ebookPublisher;

	int pages;

}
