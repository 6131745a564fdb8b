package io.github.automigrate.testmodel.audited;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/** An entity audited through one attribute only: the others have no audit column. */
@Entity
public class Note {

	@Id
	public long id;

	@Audited
	public String text;

	public String draft;

}
