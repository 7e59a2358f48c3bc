/** Internals: statement execution, transactions, value conversion. Not API. */
package io.covet.relations.internal;
