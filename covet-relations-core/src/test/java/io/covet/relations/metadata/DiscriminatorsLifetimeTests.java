package io.covet.relations.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.covet.relations.annotation.DiscriminatorValue;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.Proxy;

/**
 * A single-table hierarchy's discriminators live as long as the registry that read it. Before, a static map held the
 * discriminators of every registry ever built, and through them each registry's models: a leak per
 * {@code CovetRelations} built (test suites, one per tenant data source), and under DevTools each restart's class
 * loader.
 */
class DiscriminatorsLifetimeTests {

	@Model(table = "dl_animal")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Animal {
		@Id
		Long id;
	}

	@Model
	@DiscriminatorValue("cat")
	static class Cat extends Animal {
		String purr;
	}

	@Proxy
	static class Tabby extends Cat {
	}

	@Test
	void eachRegistryKeepsItsOwnDiscriminatorsAndReleasesThem() throws InterruptedException {
		List<WeakReference<ModelMeta<?>>> roots = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ModelRegistry registry = ModelRegistry.of(Animal.class, Cat.class, Tabby.class);
			ModelMeta<?> root = registry.meta(Animal.class);
			assertThat(root.modelForDiscriminator("cat")).isSameAs(registry.meta(Cat.class));
			assertThat(registry.meta(Cat.class).modelForDiscriminator("animal")).isSameAs(root);
			assertThat(root.modelForDiscriminator("dog")).isNull();
			roots.add(new WeakReference<>(root));
		}
		for (int attempt = 0; attempt < 100 && roots.stream().anyMatch(root -> root.get() != null); attempt++) {
			System.gc();
			Thread.sleep(20);
		}
		assertThat(roots).allSatisfy(root -> assertThat(root.get()).isNull());
	}
}
