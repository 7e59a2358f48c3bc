package io.covet.relations.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.covet.relations.deletion.DeletionModels.Child;
import io.covet.relations.deletion.DeletionModels.CycleA;
import io.covet.relations.deletion.DeletionModels.CycleB;
import io.covet.relations.deletion.DeletionModels.Node;
import io.covet.relations.deletion.DeletionModels.Parent;
import io.covet.relations.deletion.DeletionModels.Toy;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ModelRegistry;

/** The order of a delete's statements, from the metadata alone: no database. */
class DeletionOrderTests {

	@Test
	void aModelThatReferencesAnotherIsDeletedBeforeItWhateverTheCollectionOrder() {
		ModelRegistry registry = ModelRegistry.of(Parent.class, Child.class, Toy.class);
		ModelMeta<?> parent = registry.meta(Parent.class);
		ModelMeta<?> child = registry.meta(Child.class);
		ModelMeta<?> toy = registry.meta(Toy.class);
		DeletionOrder order = DeletionOrder.of(List.of(parent, child, toy));
		assertThat(order.tables()).containsExactly(List.of(toy), List.of(child), List.of(parent));
		assertThat(order.nulledFirst()).isEmpty();
		assertThat(DeletionOrder.of(List.of(child, toy, parent)).tables()).containsExactly(List.of(toy), List.of(child),
				List.of(parent));
	}

	@Test
	void aNullableSelfReferenceIsSetToNullFirst() {
		ModelMeta<?> node = ModelRegistry.of(Node.class).meta(Node.class);
		DeletionOrder order = DeletionOrder.of(List.of(node));
		assertThat(order.tables()).containsExactly(List.of(node));
		assertThat(order.nulledFirst()).singleElement().satisfies(nulling -> {
			assertThat(nulling.model()).isSameAs(node);
			assertThat(nulling.foreignKey().name()).isEqualTo("parent");
		});
		assertThat(DeletionOrder.deepestRowsFirst(node)).isFalse();
	}

	@Test
	void aCycleOfNullableKeysIsBrokenByNullingOneOfThemAndTheModelItNoLongerHoldsUpGoesFirst() {
		ModelRegistry registry = ModelRegistry.of(CycleA.class, CycleB.class);
		ModelMeta<?> a = registry.meta(CycleA.class);
		ModelMeta<?> b = registry.meta(CycleB.class);
		DeletionOrder order = DeletionOrder.of(List.of(a, b));
		assertThat(order.nulledFirst()).singleElement().satisfies(nulling -> {
			assertThat(nulling.model()).isSameAs(a);
			assertThat(nulling.foreignKey().name()).isEqualTo("b");
		});
		// With a.b set to NULL, nothing references b any more; b's rows still reference a's.
		assertThat(order.tables()).containsExactly(List.of(b), List.of(a));
	}
}
