package io.github.automigrate.testmodel.classoverrides;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
@AttributeOverrides({ @AttributeOverride(name = "id", column = @Column(name = "magazine_no")),
		@AttributeOverride(name = "title", column = @Column(name = "headline", length = 120)),
		@AttributeOverride(name = "printPublisher.name", column = @Column(name = "printer")) })
public class Magazine extends Publication {

	int issue;

}
