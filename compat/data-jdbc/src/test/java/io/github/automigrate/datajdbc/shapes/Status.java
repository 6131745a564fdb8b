package io.github.automigrate.datajdbc.shapes;

public enum Status {

	ACTIVE, RETIRED

}
