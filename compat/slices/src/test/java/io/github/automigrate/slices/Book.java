package io.github.automigrate.slices;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one entity: AutoMigrate makes its table, {@code data.sql} fills it. Mapped as the
 * Spring Data JDBC aggregate {@link BookRecords.Book} maps the same table (a plain
 * {@code varchar(255)} title): AutoMigrate reads both, and two sources that map one table
 * differently stop the start.
 */
@Entity
@Table(name = "book")
public class Book {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private int pages;

	protected Book() {
	}

	public Book(String title, int pages) {
		this.title = title;
		this.pages = pages;
	}

	public String getTitle() {
		return this.title;
	}

}
