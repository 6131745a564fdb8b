package io.github.automigrate.datajdbc.shapes;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Shape 6: children with ids of their own: the grandchild refers to the child's id. */
@Table
public record Chain(@Id Long id, Link link) {

	public record Link(@Id Long linkId, String name, Set<Ring> rings) {
	}

	public record Ring(@Id Long ringId, String v) {
	}

}
