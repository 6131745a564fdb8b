package io.github.automigrate.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.automigrate.diff.SchemaChange;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.TableName;
import io.github.automigrate.plan.Safety;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeCountsTests {

	@Test
	void countsTheChangesByKindAndTheTablesTheyTouch() {
		List<StatementReport> statements = List.of(applied("create table book"), applied("create table author"),
				applied("add column shelf.label"), applied("add column book.isbn"),
				applied("add foreign key book.FKabc"), applied("add unique constraint book.UKdef"),
				applied("create index shelf.IDXghi"), applied(sequence("book_seq")));
		assertThat(ChangeCounts.of(statements)).isEqualTo(
				" (2 create table, 2 add column, 1 create index, 1 add unique constraint, 1 add foreign key, 1 create sequence) on 3 tables");
	}

	@Test
	void aTableInASchemaIsOneTable() {
		assertThat(ChangeCounts.of(List.of(applied("create table sales.book"), applied("add column sales.book.isbn"))))
			.isEqualTo(" (1 create table, 1 add column) on 1 tables");
	}

	@Test
	void noChangesCountNothing() {
		assertThat(ChangeCounts.of(List.of())).isEmpty();
	}

	@Test
	void theKindIsReadFromTheChangesOwnDescription() {
		assertThat(ChangeCounts.kind(sequence("book_seq"))).isEqualTo("create sequence");
	}

	private static String sequence(String name) {
		return new SchemaChange.CreateSequence(new Sequence(new TableName(null, Identifier.of(name)), 1, 50))
			.description();
	}

	private static StatementReport applied(String change) {
		return new StatementReport(change, Safety.AS_IS, List.of(), StatementReport.Status.APPLIED, 0, null, null);
	}

}
