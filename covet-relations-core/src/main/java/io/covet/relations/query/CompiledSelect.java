package io.covet.relations.query;

import java.util.List;

import io.covet.relations.sql.SqlStatement;

/** A SELECT ready to run, with where each selected model's columns start. */
record CompiledSelect(SqlStatement statement, List<SelectedModel> models) {
}
