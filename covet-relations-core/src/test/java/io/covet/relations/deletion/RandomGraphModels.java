package io.covet.relations.deletion;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;

/**
 * A schema using every on_delete behaviour: CASCADE chains, SET_NULL, SET_DEFAULT, SET, PROTECT, RESTRICT (resolvable
 * through a CASCADE path or not), DO_NOTHING, a self-referential tree, a two-model cycle and a many-to-many.
 */
final class RandomGraphModels {

	private RandomGraphModels() {
	}

	@Model(table = "r_a")
	static class A {

		@Id
		Long id;

		@ManyToMany(relatedName = "as")
		ManyRelatedManager<T> tags = ManyRelatedManager.unbound();
	}

	@Model(table = "r_t")
	static class T {

		@Id
		Long id;
	}

	@Model(table = "r_b")
	static class B {

		@Id
		Long id;

		@ForeignKey(relatedName = "bs", onDelete = OnDelete.CASCADE)
		Ref<A> a = Ref.none();
	}

	@Model(table = "r_c")
	static class C {

		@Id
		Long id;

		@ForeignKey(relatedName = "cs", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<B> b = Ref.none();

		@ForeignKey(relatedName = "looseCs", onDelete = OnDelete.SET_NULL, nullable = true)
		Ref<A> a = Ref.none();
	}

	@Model(table = "r_d")
	static class D {

		@Id
		Long id;

		@ForeignKey(relatedName = "ds", onDelete = OnDelete.PROTECT, nullable = true)
		Ref<C> c = Ref.none();

		@ForeignKey(relatedName = "defaultDs", onDelete = OnDelete.SET_DEFAULT, nullable = true)
		Ref<B> b = Ref.none();
	}

	@Model(table = "r_e")
	static class E {

		@Id
		Long id;

		@ForeignKey(relatedName = "es", onDelete = OnDelete.RESTRICT, nullable = true)
		Ref<B> b = Ref.none();

		@ForeignKey(relatedName = "ownedEs", onDelete = OnDelete.CASCADE)
		Ref<A> a = Ref.none();
	}

	/** SET (to a sentinel row every seed creates and never deletes) and DO_NOTHING (the database refuses). */
	@Model(table = "r_f")
	static class F {

		@Id
		Long id;

		@ForeignKey(relatedName = "reassignedFs", onDelete = OnDelete.SET, onDeleteValue = "999999", nullable = true)
		Ref<A> a = Ref.none();

		@ForeignKey(relatedName = "pinningFs", onDelete = OnDelete.DO_NOTHING, nullable = true)
		Ref<B> b = Ref.none();
	}

	@Model(table = "r_node")
	static class Node {

		@Id
		Long id;

		@ForeignKey(relatedName = "kids", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<Node> parent = Ref.none();

		@ForeignKey(relatedName = "nodes", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<A> a = Ref.none();
	}

	@Model(table = "r_g")
	static class G {

		@Id
		Long id;

		@ForeignKey(relatedName = "gs", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<H> h = Ref.none();

		@ForeignKey(relatedName = "aGs", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<A> a = Ref.none();
	}

	@Model(table = "r_h")
	static class H {

		@Id
		Long id;

		@ForeignKey(relatedName = "hs", onDelete = OnDelete.SET_NULL, nullable = true)
		Ref<G> g = Ref.none();
	}
}
