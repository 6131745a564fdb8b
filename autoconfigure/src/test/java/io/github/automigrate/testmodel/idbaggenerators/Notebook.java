package io.github.automigrate.testmodel.idbaggenerators;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;
import org.hibernate.annotations.CollectionId;
import org.hibernate.annotations.CollectionIdJdbcTypeCode;

/**
 * A notebook whose pages and margins are bags numbered by generators that only they use.
 */
@Entity
@TableGenerator(name = "page_ids", table = "page_id_source", pkColumnName = "source", valueColumnName = "next_id")
@SequenceGenerator(name = "margin_ids", sequenceName = "margin_id_seq", allocationSize = 10)
public class Notebook {

	@Id
	private Long id;

	private String title;

	@ElementCollection
	@CollectionTable(name = "notebook_page")
	@CollectionId(column = @Column(name = "page_id"), generator = "page_ids")
	@CollectionIdJdbcTypeCode(Types.BIGINT)
	private List<String> pages = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "notebook_margin")
	@CollectionId(column = @Column(name = "margin_id"), generator = "margin_ids")
	@CollectionIdJdbcTypeCode(Types.BIGINT)
	private List<String> margins = new ArrayList<>();

}
