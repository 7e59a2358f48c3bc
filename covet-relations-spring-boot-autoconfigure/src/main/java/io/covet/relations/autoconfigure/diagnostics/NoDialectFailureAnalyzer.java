package io.covet.relations.autoconfigure.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.covet.relations.exception.NoDialectException;

/** Explains a database Covet Relations cannot work with (or a SQLite connection without foreign keys). */
public class NoDialectFailureAnalyzer extends AbstractFailureAnalyzer<NoDialectException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoDialectException cause) {
		return new FailureAnalysis("Covet Relations cannot use the configured DataSource:\n\n    " + cause.getMessage() + "\n",
				"Use PostgreSQL, MariaDB/MySQL or SQLite (with foreign_keys=true in a SQLite URL), or set"
						+ " covet.relations.dialect to one of postgresql, mariadb, mysql, sqlite.",
				cause);
	}
}
