package io.github.automigrate.testsupport;

import java.sql.Types;

import org.hibernate.community.dialect.SQLiteDialect;

/**
 * Hibernate's SQLite dialect with one accepted difference, for validation only: a
 * {@code Long} identity column is {@code integer}. SQLite generates values only for an
 * {@code integer primary key} (the rowid), so AutoMigrate declares that; Hibernate's own
 * {@code create} writes the column with no type at all, which its validator cannot read
 * either.
 */
public class SqliteValidationDialect extends SQLiteDialect {

	@Override
	public boolean equivalentTypes(int typeCode1, int typeCode2) {
		return super.equivalentTypes(typeCode1, typeCode2) || (typeCode1 == Types.BIGINT && typeCode2 == Types.INTEGER);
	}

}
