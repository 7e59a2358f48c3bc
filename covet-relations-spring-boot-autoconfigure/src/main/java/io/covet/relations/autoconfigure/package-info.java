/** Spring Boot auto-configuration for Covet Relations. */
package io.covet.relations.autoconfigure;
