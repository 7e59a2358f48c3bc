/** SQL text built from quoted identifiers and bind parameters only. */
package io.covet.relations.sql;
