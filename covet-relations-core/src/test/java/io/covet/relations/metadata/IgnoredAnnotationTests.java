package io.covet.relations.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.covet.relations.annotation.DiscriminatorValue;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.annotation.Tree;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.relation.Ref;
import io.covet.relations.tree.TreeMeta;

/**
 * Annotations a class's place in its hierarchy would ignore are refused when the models are read, naming the class
 * and what to change. Before, each was accepted and silently did nothing: another strategy on a subclass, a table
 * name on a class that shares its parent's table, a discriminator value where no discriminator is written, a proxy
 * of no model (which became a model of its own, with a table of its own), and a tree guard under 1 (every walk then
 * reported a cycle).
 */
class IgnoredAnnotationTests {

	@Model(table = "ia_shape")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	@DiscriminatorValue("shape")
	static class Shape {
		@Id
		Long id;
	}

	@Model
	@DiscriminatorValue("circle")
	static class Circle extends Shape {
		Integer radius;
	}

	@Proxy
	static class BigCircle extends Circle {
	}

	@Model
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Square extends Shape {
	}

	@Model(table = "ia_triangle")
	static class Triangle extends Shape {
	}

	@Model(table = "ia_small_circle")
	@Proxy
	static class SmallCircle extends Circle {
	}

	@Proxy
	@DiscriminatorValue("red")
	static class RedCircle extends Circle {
	}

	@Model(table = "ia_place")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Place {
		@Id
		Long id;
	}

	@Model(table = "ia_bar")
	@DiscriminatorValue("bar")
	static class Bar extends Place {
	}

	@Model(table = "ia_plain")
	@DiscriminatorValue("plain")
	static class Plain {
		@Id
		Long id;
	}

	/** Not a model: a plain class with a key. */
	static class Base {
		@Id
		Long id;
	}

	@Proxy
	static class Orphan extends Base {
	}

	@Model(table = "ia_node")
	@Tree(depthGuard = 0)
	static class Node {
		@Id
		Long id;
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Node> parent = Ref.none();
	}

	@Test
	void annotationsInTheirPlaceAreAccepted() {
		ModelRegistry registry = ModelRegistry.of(Shape.class, Circle.class, BigCircle.class, Place.class);
		assertThat(registry.meta(Shape.class).discriminatorValue()).isEqualTo("shape");
		assertThat(registry.meta(Circle.class).discriminatorValue()).isEqualTo("circle");
		assertThat(registry.meta(BigCircle.class).table()).isEqualTo("ia_shape");
	}

	@Test
	void inheritanceOnASubclassIsRefused() {
		assertRefused(Square.class, "@Inheritance is read on the hierarchy's root only", Shape.class);
	}

	@Test
	void aTableOnAClassThatSharesItsParentsIsRefused() {
		assertRefused(Triangle.class, "a single-table subclass uses the table of Shape ('ia_shape'); remove table = \"ia_triangle\"",
				Shape.class);
		assertRefused(SmallCircle.class, "a proxy uses the table of Circle", Shape.class, Circle.class);
	}

	@Test
	void aDiscriminatorValueWhereNoneIsWrittenIsRefused() {
		assertRefused(RedCircle.class, "a proxy writes the value of the class it stands for", Shape.class, Circle.class);
		assertRefused(Bar.class, "a multi-table child has no discriminator column", Place.class);
		assertRefused(Plain.class, "not in a single-table hierarchy");
	}

	@Test
	void aProxyOfNoModelIsRefused() {
		assertRefused(Orphan.class, "no superclass is annotated with @Model");
	}

	@Test
	void aTreeGuardBelowOneIsRefused() {
		assertThatThrownBy(() -> TreeMeta.of(ModelRegistry.of(Node.class).meta(Node.class)))
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining(Node.class.getName())
			.hasMessageContaining("depthGuard must be at least 1, not 0");
	}

	private static void assertRefused(Class<?> type, String message, Class<?>... others) {
		Class<?>[] types = new Class<?>[others.length + 1];
		System.arraycopy(others, 0, types, 0, others.length);
		types[others.length] = type;
		assertThatThrownBy(() -> ModelRegistry.of(types)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining(type.getName() + ": ")
			.hasMessageContaining(message);
	}
}
