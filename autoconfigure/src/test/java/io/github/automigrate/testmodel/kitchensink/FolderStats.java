package io.github.automigrate.testmodel.kitchensink;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A shared primary key: a one-to-one with {@code @MapsId}, deleted with its folder in the
 * database.
 */
@Entity
public class FolderStats {

	@Id
	private Long id;

	@OneToOne
	@MapsId
	@JoinColumn(name = "folder_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Folder folder;

	private long entryCount;

}
