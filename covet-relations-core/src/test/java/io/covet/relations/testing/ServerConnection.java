package io.covet.relations.testing;

/**
 * Where a database server for the tests is: a JDBC URL to a database the tests may create schemas or databases
 * from, with credentials.
 *
 * @param url JDBC URL of the base database
 * @param user user name
 * @param password password (empty for none)
 */
record ServerConnection(String url, String user, String password) {
}
