package io.covet.relations.exception;

/** The database behind a DataSource is not one of the supported ones and no dialect was configured. */
public class NoDialectException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** For a database whose JDBC metadata names a product (or version) no dialect supports. */
	public NoDialectException(String productName, String version) {
		super("No Covet dialect for database '" + productName + "' " + version
				+ "; supported are PostgreSQL, MariaDB/MySQL and SQLite. Set covet.relations.dialect"
				+ " (or CovetRelations.builder().dialect(...)) to choose one explicitly.");
	}

	/** For a configured dialect name that does not exist, or a connection a dialect cannot work with. */
	public NoDialectException(String message) {
		super(message);
	}
}
