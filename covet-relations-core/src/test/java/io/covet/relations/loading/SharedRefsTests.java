package io.covet.relations.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RefResolver;

/** How one result set shares its unloaded references ({@link SharedRefs}): no database involved. */
class SharedRefsTests {

	private static final RefResolver<Object> PUBLISHER = resolver("Book.publisher");

	private static final RefResolver<Object> AUTHOR = resolver("Book.author");

	@Test
	void equalKeysOfOneColumnShareOneUnloadedReference() {
		SharedRefs refs = new SharedRefs();
		Ref<?> first = refs.unloaded(3, 7L, PUBLISHER);
		assertThat(refs.unloaded(3, Long.valueOf(7L), PUBLISHER)).isSameAs(first); // an equal key, another object
		assertThat(first.isLoaded()).isFalse();
		assertThat(first.id()).isEqualTo(7L);
		Ref<?> other = refs.unloaded(3, 8L, PUBLISHER);
		assertThat(other).isNotSameAs(first);
		assertThat(other.id()).isEqualTo(8L);
	}

	@Test
	void columnsKeepTheirOwnReferencesSoAResolverIsNeverShared() {
		SharedRefs refs = new SharedRefs();
		Ref<?> publisher = refs.unloaded(3, 7L, PUBLISHER);
		Ref<?> author = refs.unloaded(2, 7L, AUTHOR);
		assertThat(author).isNotSameAs(publisher);
		assertThat(refs.unloaded(2, 7L, AUTHOR)).isSameAs(author);
		assertThat(refs.unloaded(3, 7L, PUBLISHER)).isSameAs(publisher);
	}

	@Test
	void aNullKeyIsTheEmptyReference() {
		assertThat(new SharedRefs().unloaded(0, null, PUBLISHER)).isSameAs(Ref.none());
	}

	@Test
	void distinctKeysReplaceEachOtherWithoutGrowingAndStayCorrect() {
		SharedRefs refs = new SharedRefs();
		Map<Ref<?>, Boolean> made = new IdentityHashMap<>();
		for (long key = 1; key <= 10 * SharedRefs.PLACES; key++) {
			Ref<?> ref = refs.unloaded(0, key, PUBLISHER);
			assertThat(ref.id()).isEqualTo(key);
			made.put(ref, true);
		}
		assertThat(made).hasSize(10 * SharedRefs.PLACES);
		// The last table's worth is still there; the first key was replaced long ago and is made again, equal.
		long last = 10L * SharedRefs.PLACES;
		assertThat(made.containsKey(refs.unloaded(0, last, PUBLISHER))).isTrue();
		Ref<?> again = refs.unloaded(0, 1L, PUBLISHER);
		assertThat(again).isEqualTo(Ref.id(1L));
	}

	@Test
	void stringKeysAreComparedByEquality() {
		SharedRefs refs = new SharedRefs();
		Ref<?> fr = refs.unloaded(0, "FR", PUBLISHER);
		assertThat(refs.unloaded(0, new String("FR"), PUBLISHER)).isSameAs(fr);
		assertThat(refs.unloaded(0, "fr", PUBLISHER)).isNotSameAs(fr);
	}

	private static RefResolver<Object> resolver(String relation) {
		return new RefResolver<>() {
			@Override
			public Object resolve(Object id) {
				throw new AssertionError("a shared reference never resolves by itself");
			}

			@Override
			public String relationName() {
				return relation;
			}

			@Override
			public String fieldName() {
				return relation.substring(relation.indexOf('.') + 1);
			}
		};
	}
}
