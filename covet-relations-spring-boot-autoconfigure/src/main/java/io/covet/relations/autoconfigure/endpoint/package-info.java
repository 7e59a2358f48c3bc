/** The {@code relations} Actuator endpoint. */
package io.covet.relations.autoconfigure.endpoint;
