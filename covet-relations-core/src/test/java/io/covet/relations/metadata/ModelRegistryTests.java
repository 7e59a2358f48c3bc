package io.covet.relations.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.OneToOne;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.exception.UnknownModelException;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.relation.RelatedObject;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Library;

/** Metadata defaults, caching, and every misconfiguration failing at startup with the class and field named. */
class ModelRegistryTests {

	@Test
	void namesDefaultToSnakeCase() {
		assertThat(Naming.snakeCase("BlogPost")).isEqualTo("blog_post");
		assertThat(Naming.snakeCase("URLPath")).isEqualTo("url_path");
		assertThat(Naming.snakeCase("authorId")).isEqualTo("author_id");
		assertThat(Naming.snakeCase("HTTPServerError")).isEqualTo("http_server_error");
		assertThat(Naming.snakeCase("book")).isEqualTo("book");
		ModelRegistry registry = ModelRegistry.of(Library.ALL);
		ModelMeta<Book> book = registry.meta(Book.class);
		assertThat(book.table()).isEqualTo("book");
		assertThat(book.field("author").column()).isEqualTo("author_id");
		assertThat(book.field("author_id")).isSameAs(book.field("author"));
		assertThat(book.primaryKey().generated()).isTrue();
		assertThat(registry.meta(Book.class)).isSameAs(book);
		assertThat(registry.meta(Author.class).relation("books")).isInstanceOf(ReverseRelation.class);
		assertThat(registry.meta(Author.class).relation("books").kind()).isEqualTo(RelationKind.REVERSE_FOREIGN_KEY);
		assertThat(registry.meta(Author.class).relation("profile").kind()).isEqualTo(RelationKind.REVERSE_ONE_TO_ONE);
		assertThatThrownBy(() -> registry.meta(String.class)).isInstanceOf(UnknownModelException.class);
	}

	@Model
	static class Plain {

		@Id
		Long id;

		@ForeignKey
		Ref<Target> target;

		@ForeignKey(relatedName = "+")
		Ref<Target> hidden;
	}

	@Model
	static class Target {

		@Id
		String code;
	}

	@Model
	static class UuidKeyed {

		@Id
		UUID id;
	}

	@Test
	void defaultRelatedNamesAndKeyTypes() {
		ModelRegistry registry = ModelRegistry.of(Plain.class, Target.class, UuidKeyed.class);
		assertThat(registry.meta(Target.class).relation("plainSet")).isNotNull();
		assertThat(registry.meta(Target.class).reverseRelations()).extracting(Relation::name)
			.containsExactlyInAnyOrder("plainSet", "+Plain.hidden");
		assertThat(registry.meta(Target.class).queryableNames()).doesNotContain("+Plain.hidden");
		assertThat(registry.meta(Plain.class).field("target").valueType()).isEqualTo(String.class);
		assertThat(registry.meta(Target.class).primaryKey().generated()).isFalse();
		assertThat(registry.meta(UuidKeyed.class).primaryKey().generated()).isFalse();
	}

	@Model
	static class UnknownTarget {

		@Id
		Long id;

		@ForeignKey
		Ref<Target> target;
	}

	@Model
	static class Clash1 {

		@Id
		Long id;

		@ForeignKey(relatedName = "things")
		Ref<Target> a;

		@ForeignKey(relatedName = "things")
		Ref<Target> b;
	}

	@Model
	static class ClashField {

		@Id
		Long id;

		@ForeignKey(relatedName = "code")
		Ref<Target> a;
	}

	@Model
	static class Unmappable {

		@Id
		Long id;

		List<String> tags;
	}

	@Model
	static class ObjectField {

		@Id
		Long id;

		Object anything;
	}

	@Model
	static class NoId {

		String name;
	}

	@Model
	static class TwoIds {

		@Id
		Long a;

		@Id
		Long b;
	}

	@Model
	static class FkOnPlainField {

		@Id
		Long id;

		@ForeignKey
		Long target;
	}

	@Model
	static class RefWithoutAnnotation {

		@Id
		Long id;

		Ref<Target> target;
	}

	@Model
	static class RawRef {

		@Id
		Long id;

		@SuppressWarnings("rawtypes")
		@ForeignKey
		Ref target;
	}

	@Model
	static class SetNullRequired {

		@Id
		Long id;

		@ForeignKey(onDelete = OnDelete.SET_NULL)
		Ref<Target> target;
	}

	@Model
	static class SetWithoutValue {

		@Id
		Long id;

		@ForeignKey(onDelete = OnDelete.SET, nullable = true)
		Ref<Target> target;
	}

	@Model
	static class Named {

		@Id
		Long id;

		String name;

		@Column(unique = true)
		String slug;
	}

	@Model
	static class ToMissing {

		@Id
		Long id;

		@ForeignKey(toField = "nope")
		Ref<Named> named;
	}

	@Model
	static class ToNotUnique {

		@Id
		Long id;

		@ForeignKey(toField = "name")
		Ref<Named> named;
	}

	@Model
	static class OrphanAccessor {

		@Id
		Long id;

		RelatedManager<Target> nothing;
	}

	@Model
	static class Owner {

		@Id
		Long id;

		RelatedManager<Single> single;
	}

	@Model
	static class Single {

		@Id
		Long id;

		@OneToOne(relatedName = "single")
		Ref<Owner> owner;
	}

	@Model
	static class FinalAccessor {

		@Id
		Long id;

		final RelatedObject<Target> target = RelatedObject.unbound();
	}

	@Model(table = "target")
	static class SameTable {

		@Id
		Long id;
	}

	@Model
	static class SameColumn {

		@Id
		Long id;

		@Column(name = "x")
		String a;

		@Column(name = "x")
		String b;
	}

	@Model
	static class NoConstructor {

		@Id
		Long id;

		NoConstructor(Long id) {
			this.id = id;
		}
	}

	@Model
	abstract static class AbstractModel {

		@Id
		Long id;
	}

	@Model
	static class AmbiguousThrough {

		@Id
		Long id;

		@ForeignKey(relatedName = "a1")
		Ref<Target> first;

		@ForeignKey(relatedName = "a2")
		Ref<Target> second;

		@ForeignKey(relatedName = "a3")
		Ref<Named> named;
	}

	@Model
	static class UsesAmbiguousThrough {

		@Id
		Long id;

		@ManyToMany(through = AmbiguousThrough.class)
		ManyRelatedManager<Target> targets;
	}

	@Model
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Venue {

		@Id
		Long id;
	}

	@Model
	static class Cinema extends Venue {
	}

	/** Its rows are the child's rows: they span the child's table and the base's. */
	@Model
	@Proxy
	static class Arthouse extends Cinema {
	}

	@Test
	void aProxyOfAMultiTableChildFollowsTheChildsLinkToTheBase() {
		ModelRegistry registry = ModelRegistry.of(Venue.class, Cinema.class, Arthouse.class);
		ModelMeta<?> venue = registry.meta(Venue.class);
		ModelMeta<?> cinema = registry.meta(Cinema.class);
		ModelMeta<?> arthouse = registry.meta(Arthouse.class);

		assertThat(arthouse.table()).isEqualTo(cinema.table());
		assertThat(arthouse.parent()).isSameAs(cinema);
		assertThat(arthouse.parentLink()).isSameAs(cinema.parentLink());
		assertThat(arthouse.linkedParent()).isSameAs(venue);
		assertThat(arthouse.withParents()).containsExactly(arthouse, venue);
		assertThat(cinema.withParents()).containsExactly(cinema, venue);
		assertThat(venue.linkedParent()).isNull();
	}

	@Test
	void misconfigurationFailsNamingClassAndField() {
		expect("relation target", "UnknownTarget.target", UnknownTarget.class);
		expect("also defined by", "Clash1.b", Clash1.class, Target.class);
		expect("clashes with field", "ClashField.a", ClashField.class, Target.class);
		expect("cannot be mapped", "Unmappable.tags", Unmappable.class);
		expect("cannot be mapped", "ObjectField.anything", ObjectField.class);
		expect("@Id", "NoId", NoId.class);
		expect("exactly one @Id", "TwoIds.b", TwoIds.class);
		expect("type Ref<Target>", "FkOnPlainField.target", FkOnPlainField.class, Target.class);
		expect("needs @ForeignKey", "RefWithoutAnnotation.target", RefWithoutAnnotation.class, Target.class);
		expect("concrete class", "RawRef.target", RawRef.class, Target.class);
		expect("nullable", "SetNullRequired.target", SetNullRequired.class, Target.class);
		expect("onDeleteValue", "SetWithoutValue.target", SetWithoutValue.class, Target.class);
		expect("not a column", "ToMissing.named", ToMissing.class, Named.class);
		expect("must be unique", "ToNotUnique.named", ToNotUnique.class, Named.class);
		expect("nothing to bind", "OrphanAccessor.nothing", OrphanAccessor.class);
		expect("RelatedObject", "Owner.single", Owner.class, Single.class);
		expect("must not be final", "FinalAccessor.target", FinalAccessor.class);
		expect("already used", "SameTable", Target.class, SameTable.class);
		expect("also used by", "SameColumn.b", SameColumn.class);
		expect("no-argument constructor", "NoConstructor", NoConstructor.class);
		expect("concrete class", "AbstractModel", AbstractModel.class);
		expect("throughFields", "UsesAmbiguousThrough.targets", UsesAmbiguousThrough.class, AmbiguousThrough.class,
				Target.class, Named.class);
	}

	private static void expect(String problem, String where, Class<?>... models) {
		assertThatThrownBy(() -> ModelRegistry.of(models)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining(where)
			.hasMessageContaining(problem);
	}
}
