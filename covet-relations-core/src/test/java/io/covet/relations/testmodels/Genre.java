package io.covet.relations.testmodels;

public enum Genre {
	NOVEL, ESSAY, POETRY
}
