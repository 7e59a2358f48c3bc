/** Database dialects (PostgreSQL, MariaDB/MySQL, SQLite) and their detection from a {@code DataSource}. */
package io.covet.relations.dialect;
