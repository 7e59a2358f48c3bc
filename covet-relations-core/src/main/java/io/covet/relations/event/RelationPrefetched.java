package io.covet.relations.event;

/**
 * One level of a prefetch ran: the relation, how many owners asked and how many related rows came back. For metrics
 * ({@code covet.relations.prefetch}); published only when someone listens.
 *
 * @param relation {@code Model.name} of the relation
 * @param owners objects the level loaded for
 * @param rows related rows it loaded
 */
public record RelationPrefetched(String relation, int owners, int rows) implements RelationEvent {
}
