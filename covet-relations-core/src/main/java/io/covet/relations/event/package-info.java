/** Events about relations (many-to-many changes, deletes) and their listeners. */
package io.covet.relations.event;
