package io.github.automigrate.datajdbc.shapes;

import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Shape 5: a Map under a List, both id-less: the deepest table keeps both keys. */
@Table
public record Doc(@Id Long id, List<Section> sections) {

	public record Section(String t, Map<String, Para> paras) {
	}

	public record Para(String body) {
	}

}
