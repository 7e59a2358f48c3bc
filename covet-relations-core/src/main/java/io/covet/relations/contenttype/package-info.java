/** The content-type registry behind generic foreign keys. */
package io.covet.relations.contenttype;
