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
import io.covet.relations.metadata.Relation;
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

	/** The relation each field serves, to recognise a manager already bound for it. */
	private final Relation[] relations;

	private final CovetContext context;

	@SuppressWarnings("unchecked")
	AccessorBinder(CovetContext context, ModelMeta<?> model) {
		this.context = context;
		List<Field> fields = new ArrayList<>();
		List<Function<Object, Object>> factories = new ArrayList<>();
		List<Relation> relations = new ArrayList<>();
		for (ModelMeta<?> owner : model.withParents()) {
			for (ManyToManySide side : owner.manyToManyRelations()) {
				add(fields, factories, relations, side, owner.accessorField(side.name()),
						instance -> new ManyToManyManager<>(context, side, instance));
			}
			for (GenericRelationMeta declared : owner.genericRelations()) {
				// A multi-table child has its own copy of a parent's generic relation, for its own content type.
				GenericRelationMeta relation = (model.relation(declared.name()) instanceof GenericRelationMeta own) ? own
						: declared;
				add(fields, factories, relations, relation, owner.accessorField(declared.name()),
						instance -> new GenericRelationManager<>(context, relation, instance));
			}
			for (ReverseRelation relation : owner.reverseRelations()) {
				add(fields, factories, relations, relation, owner.accessorField(relation.name()),
						(relation.kind() == RelationKind.REVERSE_ONE_TO_ONE)
								? instance -> new ReverseOneToOneAccessor<>(context, relation, instance)
								: instance -> new ReverseForeignKeyManager<>(context, relation, instance));
			}
		}
		this.fields = fields.toArray(Field[]::new);
		this.factories = factories.toArray(Function[]::new);
		this.relations = relations.toArray(Relation[]::new);
	}

	private static void add(List<Field> fields, List<Function<Object, Object>> factories, List<Relation> relations,
			Relation relation, Field field, Function<Object, Object> factory) {
		if (field != null) {
			fields.add(field);
			factories.add(factory);
			relations.add(relation);
		}
	}

	/** Whether the model declares no accessor field (nothing to bind). */
	public boolean isEmpty() {
		return this.fields.length == 0;
	}

	/** Binds every accessor field of {@code instance} to a new manager for it: for instances just read. */
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

	/**
	 * Binds the accessor fields of {@code instance} that do not hold a manager bound to it yet (a new instance's
	 * placeholders), and keeps the others: replacing them would drop what they loaded, so that after an ordinary save
	 * a prefetched relation would query again, or fail under strict loading (Django's save keeps its caches too).
	 */
	public void bindUnbound(Object instance) {
		for (int i = 0; i < this.fields.length; i++) {
			try {
				if (!(this.fields[i].get(instance) instanceof BoundAccessor bound)
						|| !bound.isBoundTo(this.context, this.relations[i], instance)) {
					this.fields[i].set(instance, this.factories[i].apply(instance));
				}
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}
}
