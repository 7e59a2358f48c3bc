/** Schema creation from metadata, for tests and quick starts. */
package io.covet.relations.schema;
