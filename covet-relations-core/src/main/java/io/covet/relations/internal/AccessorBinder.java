package io.covet.relations.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.covet.relations.manager.GenericRelationManager;
import io.covet.relations.manager.ManyToManyManager;
import io.covet.relations.manager.ReverseForeignKeyManager;
import io.covet.relations.manager.ReverseOneToOneAccessor;
import io.covet.relations.metadata.GenericRelationMeta;
import io.covet.relations.metadata.ManyToManySide;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.RelationKind;
import io.covet.relations.metadata.ReverseRelation;

/**
 * Puts a bound manager into each reverse accessor field ({@code RelatedManager}, {@code RelatedObject},
 * many-to-many and generic relation managers) a model declares, its own and its multi-table parents'. Which fields
 * and which managers is worked out once per model, so binding a loaded instance is a loop over an array.
 */
public final class AccessorBinder {

	private final Field[] fields;

	private final Function<Object, Object>[] factories;

	@SuppressWarnings("unchecked")
	AccessorBinder(CovetContext context, ModelMeta<?> model) {
		List<Field> fields = new ArrayList<>();
		List<Function<Object, Object>> factories = new ArrayList<>();
		for (ModelMeta<?> owner : model.withParents()) {
			for (ManyToManySide side : owner.manyToManyRelations()) {
				add(fields, factories, owner.accessorField(side.name()),
						instance -> new ManyToManyManager<>(context, side, instance));
			}
			for (GenericRelationMeta declared : owner.genericRelations()) {
				// A multi-table child has its own copy of a parent's generic relation, for its own content type.
				GenericRelationMeta relation = (model.relation(declared.name()) instanceof GenericRelationMeta own) ? own
						: declared;
				add(fields, factories, owner.accessorField(declared.name()),
						instance -> new GenericRelationManager<>(context, relation, instance));
			}
			for (ReverseRelation relation : owner.reverseRelations()) {
				add(fields, factories, owner.accessorField(relation.name()),
						(relation.kind() == RelationKind.REVERSE_ONE_TO_ONE)
								? instance -> new ReverseOneToOneAccessor<>(context, relation, instance)
								: instance -> new ReverseForeignKeyManager<>(context, relation, instance));
			}
		}
		this.fields = fields.toArray(Field[]::new);
		this.factories = factories.toArray(Function[]::new);
	}

	private static void add(List<Field> fields, List<Function<Object, Object>> factories, Field field,
			Function<Object, Object> factory) {
		if (field != null) {
			fields.add(field);
			factories.add(factory);
		}
	}

	/** Whether the model declares no accessor field (nothing to bind). */
	public boolean isEmpty() {
		return this.fields.length == 0;
	}

	/** Binds every accessor field of {@code instance} to a manager for it. */
	public void bind(Object instance) {
		for (int i = 0; i < this.fields.length; i++) {
			try {
				this.fields[i].set(instance, this.factories[i].apply(instance));
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}
}
