package io.github.automigrate.datajdbc.shapes;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Sequence;
import org.springframework.data.relational.core.mapping.Table;

/** Shape 10: an id drawn from a sequence before the insert. */
@Table
public record Numbered(@Id @Sequence("numbered_seq") Long id, String label) {

}
