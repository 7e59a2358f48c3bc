package io.covet.relations.event;

import java.util.Set;

/**
 * A many-to-many relation of one instance changes ({@code pre_*}) or changed ({@code post_*}).
 *
 * @param action what happens
 * @param instance the instance whose manager was called
 * @param relation {@code Model.name} of the manager ({@code Post.tags} or, from the reverse side, {@code Tag.posts})
 * @param otherModel the model on the other side
 * @param reverse whether the reverse side's manager was called
 * @param keys keys of the other side that are affected: for {@code post_add} only those really inserted, for
 * removals only those that were related; for clears, every key related before the clear
 */
public record ManyToManyChanged(ManyToManyAction action, Object instance, String relation, Class<?> otherModel,
		boolean reverse, Set<Object> keys) implements RelationEvent {

	public ManyToManyChanged {
		keys = Set.copyOf(keys);
	}
}
