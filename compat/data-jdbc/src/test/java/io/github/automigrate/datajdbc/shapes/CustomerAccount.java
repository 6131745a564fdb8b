package io.github.automigrate.datajdbc.shapes;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Shape 2: explicit mixed-case names, which Spring Data quotes verbatim. */
@Table("CustomerAccount")
public record CustomerAccount(@Id Long id, @Column("eMail") String email, String lastName) {

}
