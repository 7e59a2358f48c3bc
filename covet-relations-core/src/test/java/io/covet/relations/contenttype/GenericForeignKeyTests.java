package io.covet.relations.contenttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.covet.relations.CovetRelations;
import io.covet.relations.contenttype.GenericModels.Album;
import io.covet.relations.contenttype.GenericModels.Comment;
import io.covet.relations.contenttype.GenericModels.NotAModel;
import io.covet.relations.contenttype.GenericModels.Photo;
import io.covet.relations.contenttype.GenericModels.Post;
import io.covet.relations.contenttype.GenericModels.Video;
import io.covet.relations.contenttype.GenericModels.Vote;
import io.covet.relations.event.RelationPrefetched;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.UnknownContentTypeException;
import io.covet.relations.exception.UnknownModelException;
import io.covet.relations.exception.UnsavedInstanceException;
import io.covet.relations.query.Prefetch;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

@Models({ Post.class, Photo.class, Video.class, Comment.class, Album.class, Vote.class })
class GenericForeignKeyTests {

	private static ContentTypes contentTypes(CovetRelations relations) {
		return relations.context().contentTypes();
	}

	@DatabaseTest
	void registryIdsAreStableAcrossInstancesAndResolveOnlyRegisteredModels(TestDatabase db) {
		ContentTypes first = contentTypes(db.relations());
		long post = first.idFor(Post.class);
		long photo = first.idFor(Photo.class);
		ContentTypes second = contentTypes(db.build(builder -> {
		}));
		assertThat(second.idFor(Photo.class)).isEqualTo(photo);
		assertThat(second.idFor(Post.class)).isEqualTo(post);
		assertThat(second.modelFor(post).type()).isEqualTo(Post.class);
		assertThat(second.modelFor("media.photo").type()).isEqualTo(Photo.class);
		assertThat(ContentTypes.naturalKey(db.relations().meta(Post.class))).isEqualTo("blog.post");
		assertThatThrownBy(() -> second.modelFor(987654L)).isInstanceOf(UnknownContentTypeException.class);
		assertThatThrownBy(() -> second.modelFor("java.lang.runtime")).isInstanceOf(UnknownContentTypeException.class);
		second.registerAll();
		assertThat(db.repo(ContentType.class).count()).isGreaterThanOrEqualTo(4);
	}

	@DatabaseTest
	void setsAndReadsGenericKeysToLongUuidAndStringKeyedModels(TestDatabase db) {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("hello"));
		Photo photo = db.<Photo, UUID>repo(Photo.class).save(new Photo("sunset"));
		Video video = db.<Video, String>repo(Video.class).save(new Video("v-1"));
		CovetRepository<Comment, Long> comments = db.repo(Comment.class);
		comments.saveAll(List.of(new Comment("on post", post), new Comment("on photo", photo), new Comment("on video", video),
				new Comment("on nothing", null)));

		List<Comment> loaded = comments.objects().orderBy("id").list();
		assertThat(loaded.get(0).objectId).isEqualTo(post.id.toString());
		assertThat(loaded.get(1).objectId).isEqualTo(photo.id.toString());
		assertThat(loaded.get(0).contentObject.isLoaded()).isFalse();
		assertThat(((Post) loaded.get(0).contentObject.fetch()).title).isEqualTo("hello");
		assertThat(((Photo) loaded.get(1).contentObject.fetch()).caption).isEqualTo("sunset");
		assertThat(((Video) loaded.get(2).contentObject.fetch()).code).isEqualTo("v-1");
		assertThat(loaded.get(3).contentObject.isNull()).isTrue();
		assertThat(loaded.get(3).contentObject.get()).isNull();

		Comment moved = loaded.get(0);
		moved.contentObject = GenericRef.to(video);
		comments.save(moved);
		assertThat(video.code).isEqualTo(((Video) comments.objects().get("id", moved.id).contentObject.fetch()).code);
	}

	@DatabaseTest
	void aGenericKeysPrefetchIsPublishedLikeARelations(TestDatabase db) {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("hello"));
		Video video = db.<Video, String>repo(Video.class).save(new Video("v"));
		db.<Comment, Long>repo(Comment.class).saveAll(List.of(new Comment("one", post), new Comment("two", video)));
		List<RelationPrefetched> events = new ArrayList<>();
		CovetRelations listening = db.build(builder -> builder.eventListener(event -> {
			if (event instanceof RelationPrefetched prefetched) {
				events.add(prefetched);
			}
		}));

		listening.objects(Comment.class).prefetchRelated("contentObject").list();

		assertThat(events).extracting(RelationPrefetched::relation, RelationPrefetched::owners, RelationPrefetched::rows)
			.containsExactly(tuple(db.relations().meta(Comment.class).genericForeignKey("contentObject").describe(), 2, 2));
	}

	@DatabaseTest
	void prefetchLoadsOneQueryPerContentType(TestDatabase db) {
		List<Post> posts = db.<Post, Long>repo(Post.class).bulkCreate(List.of(new Post("a"), new Post("b")));
		List<Photo> photos = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			photos.add(db.<Photo, UUID>repo(Photo.class).save(new Photo("p" + i)));
		}
		Video video = db.<Video, String>repo(Video.class).save(new Video("v"));
		List<Comment> created = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			Object target = switch (i % 3) {
				case 0 -> posts.get(i % 2);
				case 1 -> photos.get(i % 3);
				default -> video;
			};
			created.add(new Comment("c" + i, target));
		}
		db.repo(Comment.class).bulkCreate(created);

		List<Comment> comments = db.queries()
			.assertNumQueries(4, () -> db.<Comment, Long>repo(Comment.class).objects().prefetchRelated("contentObject").list());
		db.queries().assertNumQueries(0, () -> assertThat(comments).allSatisfy(c -> assertThat(c.contentObject.get()).isNotNull()));
		assertThat(comments.get(0).contentObject.get()).isInstanceOf(Post.class);
		assertThat(comments.get(1).contentObject.get()).isInstanceOf(Photo.class);

		List<Comment> onlyA = db.<Comment, Long>repo(Comment.class)
			.objects()
			.prefetchRelated(Prefetch.generic("contentObject", db.<Post, Long>repo(Post.class).filter("title", "a")))
			.list();
		assertThat(onlyA).filteredOn(c -> c.contentObject.get() instanceof Post).hasSize(17);

		List<Post> withComments = db.queries()
			.assertNumQueries(2, () -> db.<Post, Long>repo(Post.class).objects().orderBy("title").prefetchRelated("comments").list());
		assertThat(withComments.get(0).comments.all().size() + withComments.get(1).comments.all().size()).isEqualTo(34);
		assertThat(withComments.get(0).comments.all().get(0).contentObject.get()).isSameAs(withComments.get(0));
	}

	/**
	 * Options that cannot apply to a generic foreign key (its objects are of several models) are refused when the
	 * prefetch is given, not ignored: one query set, a toAttr, links-first; per-model query sets only go there, one per
	 * content type.
	 */
	@DatabaseTest
	void aGenericForeignKeyRefusesPrefetchOptionsItCannotApply(TestDatabase db) {
		CovetRepository<Comment, Long> comments = db.repo(Comment.class);
		CovetRepository<Post, Long> posts = db.repo(Post.class);
		assertThatThrownBy(() -> comments.objects().prefetchRelated(new Prefetch("contentObject", posts.filter("title", "a"))))
			.isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("Prefetch.generic");
		assertThatThrownBy(() -> comments.objects().prefetchRelated(new Prefetch("contentObject", null, "targets")))
			.isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> comments.objects().prefetchRelated(new Prefetch("contentObject").withLinksFirst()))
			.isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> posts.objects().prefetchRelated(Prefetch.generic("comments", comments.objects())))
			.isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> comments.objects()
			.prefetchRelated(Prefetch.generic("contentObject", posts.filter("title", "a"), posts.objects())))
			.isInstanceOf(InvalidQueryException.class);
	}

	/**
	 * Prefetches over more keys than SQLite binds one by one (100), which go there as one JSON array: the text keys
	 * of a generic relation and the integer keys of a generic foreign key's model find the same rows as short lists.
	 */
	@DatabaseTest
	void prefetchesOverLongKeyListsInBothDirections(TestDatabase db) {
		List<Post> posts = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			posts.add(new Post("post " + i));
		}
		db.<Post, Long>repo(Post.class).bulkCreate(posts);
		List<Comment> created = new ArrayList<>();
		for (Post post : posts) {
			created.add(new Comment("on " + post.title, post));
		}
		db.repo(Comment.class).bulkCreate(created);

		List<Post> withComments = db.queries()
			.assertNumQueries(2, () -> db.<Post, Long>repo(Post.class).objects().prefetchRelated("comments").list());
		assertThat(withComments).hasSize(150)
			.allSatisfy(post -> assertThat(post.comments.all()).singleElement()
				.satisfies(comment -> assertThat(comment.text).isEqualTo("on " + post.title)));
		List<Comment> comments = db.queries()
			.assertNumQueries(2, () -> db.<Comment, Long>repo(Comment.class).objects().prefetchRelated("contentObject").list());
		assertThat(comments).hasSize(150)
			.allSatisfy(comment -> assertThat(((Post) comment.contentObject.get()).title).isEqualTo(comment.text.substring(3)));
	}

	@DatabaseTest
	void prefetchSharesOneReferencePerObjectAndKeepsEachRowsStoredKey(TestDatabase db) {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("shared"));
		Post other = db.<Post, Long>repo(Post.class).save(new Post("other"));
		CovetRepository<Comment, Long> comments = db.repo(Comment.class);
		comments.saveAll(List.of(new Comment("a", post), new Comment("b", post), new Comment("c", other),
				new Comment("d", null), new Comment("e", post)));
		// "e" stores the post's key in another spelling: the same object, but its reference keeps what is stored.
		db.jdbc().update("UPDATE " + db.dialect().quote("g_comment") + " SET " + db.dialect().quote("object_id")
				+ " = ? WHERE " + db.dialect().quote("text") + " = 'e'", "0" + post.id);

		List<Comment> loaded = db.queries()
			.assertNumQueries(2, () -> comments.objects().orderBy("text").prefetchRelated("contentObject").list());
		assertThat(loaded.get(0).contentObject).isSameAs(loaded.get(1).contentObject);
		assertThat(((Post) loaded.get(0).contentObject.get()).title).isEqualTo("shared");
		assertThat(((Post) loaded.get(2).contentObject.get()).title).isEqualTo("other");
		assertThat(loaded.get(3).contentObject).isSameAs(GenericRef.none());
		assertThat(loaded.get(4).contentObject).isNotSameAs(loaded.get(0).contentObject);
		assertThat(loaded.get(4).contentObject.get()).isSameAs(loaded.get(0).contentObject.get());
		assertThat(loaded.get(4).contentObject.objectId()).isEqualTo("0" + post.id);
		assertThat(loaded.get(0).contentObject.objectId()).isEqualTo(post.id.toString());

		// Without the prefetch the same rows read unloaded references, fetched one by one.
		List<Comment> unloaded = comments.objects().orderBy("text").list();
		assertThat(unloaded.get(0).contentObject.isLoaded()).isFalse();
		assertThat(((Post) unloaded.get(4).contentObject.fetch()).title).isEqualTo("shared");
	}

	@DatabaseTest
	void reversePrefetchMatchesOwnersOnTheStoredKeyWhateverItsColumnType(TestDatabase db) {
		List<Album> albums = db.<Album, Long>repo(Album.class).bulkCreate(List.of(new Album("first"), new Album("second"),
				new Album("empty")));
		db.repo(Vote.class).bulkCreate(List.of(new Vote(5, albums.get(0)), new Vote(3, albums.get(0)), new Vote(4, albums.get(1))));
		List<Photo> photos = List.of(db.<Photo, UUID>repo(Photo.class).save(new Photo("one")),
				db.<Photo, UUID>repo(Photo.class).save(new Photo("two")));
		db.repo(Comment.class).saveAll(List.of(new Comment("on one", photos.get(0)), new Comment("on two", photos.get(1)),
				new Comment("again on two", photos.get(1))));

		List<Album> loaded = db.queries()
			.assertNumQueries(2, () -> db.<Album, Long>repo(Album.class).objects().orderBy("id").prefetchRelated("votes").list());
		db.queries().assertNumQueries(0, () -> {
			assertThat(loaded.get(0).votes.all()).extracting(vote -> vote.stars).containsExactlyInAnyOrder(5, 3);
			assertThat(loaded.get(1).votes.all()).extracting(vote -> vote.stars).containsExactly(4);
			assertThat(loaded.get(2).votes.all()).isEmpty();
			assertThat(loaded.get(0).votes.all().get(0).target.get()).isSameAs(loaded.get(0));
		});
		assertThat(loaded.get(0).votes.all().get(0).objectId).isEqualTo(albums.get(0).id);

		List<Photo> withComments = db.queries()
			.assertNumQueries(2, () -> db.<Photo, UUID>repo(Photo.class).objects().orderBy("caption").prefetchRelated("comments").list());
		db.queries().assertNumQueries(0, () -> {
			assertThat(withComments.get(0).comments.all()).extracting(c -> c.text).containsExactly("on one");
			assertThat(withComments.get(1).comments.all()).extracting(c -> c.text)
				.containsExactlyInAnyOrder("on two", "again on two");
			assertThat(withComments.get(1).comments.all().get(0).contentObject.get()).isSameAs(withComments.get(1));
		});
	}

	@DatabaseTest
	void reverseManagerAndFilteringAcrossTheGenericRelation(TestDatabase db) {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("hello"));
		Post other = db.<Post, Long>repo(Post.class).save(new Post("other"));
		Photo photo = db.<Photo, UUID>repo(Photo.class).save(new Photo("sunset"));
		Comment first = post.comments.create(new Comment("first!", null));
		post.comments.create(new Comment("second", null));
		photo.comments.create(new Comment("nice photo", null));

		assertThat(post.comments.count()).isEqualTo(2);
		assertThat(post.comments.filter("text__contains", "first").count()).isEqualTo(1);
		assertThat(other.comments.exists()).isFalse();
		assertThat(photo.comments.all()).extracting(c -> c.text).containsExactly("nice photo");
		assertThat(db.repo(Post.class).filter("comments__text__contains", "second").list())
			.extracting(p -> ((Post) p).title)
			.containsExactly("hello");
		assertThat(db.repo(Photo.class).filter("comments__text__startswith", "nice").count()).isEqualTo(1);
		assertThat(db.repo(Photo.class).filter("comments__text__startswith", "first").count()).isZero();

		other.comments.add(first);
		assertThat(other.comments.all()).extracting(c -> c.text).containsExactly("first!");
		assertThat(post.comments.count()).isEqualTo(1);
		other.comments.remove(first);
		assertThat(db.repo(Comment.class).count()).isEqualTo(2);
		post.comments.clear();
		assertThat(db.repo(Comment.class).count()).isEqualTo(1);
	}

	@DatabaseTest
	void deletingATargetDeletesItsGenericRowsAndDanglingReferencesReadAsNull(TestDatabase db) {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("doomed"));
		Photo photo = db.<Photo, UUID>repo(Photo.class).save(new Photo("kept"));
		Video video = db.<Video, String>repo(Video.class).save(new Video("gone"));
		db.repo(Comment.class).saveAll(List.of(new Comment("a", post), new Comment("b", post), new Comment("c", photo),
				new Comment("d", video)));

		var result = db.repo(Post.class).filter("id", post.id).delete();
		assertThat(result.perModel()).containsEntry("Post", 1L).containsEntry("Comment", 2L);
		assertThat(db.repo(Comment.class).count()).isEqualTo(2);

		db.jdbc().update("DELETE FROM " + db.dialect().quote("g_video"));
		List<Comment> remaining = db.<Comment, Long>repo(Comment.class).objects().orderBy("text").prefetchRelated("contentObject").list();
		assertThat(((Photo) remaining.get(0).contentObject.get()).caption).isEqualTo("kept");
		assertThat(remaining.get(1).contentObject.get()).isNull();
		assertThat(db.<Comment, Long>repo(Comment.class).get("text", "d").contentObject.fetch()).isNull();

		// Text that cannot be a key of the target model (a UUID here) dangles too, rather than failing the prefetch.
		db.jdbc().update("UPDATE " + db.dialect().quote("g_comment") + " SET " + db.dialect().quote("object_id")
				+ " = 'not-a-key' WHERE " + db.dialect().quote("text") + " = 'c'");
		List<Comment> garbled = db.<Comment, Long>repo(Comment.class).objects().orderBy("text").prefetchRelated("contentObject").list();
		assertThat(garbled).allSatisfy(comment -> assertThat(comment.contentObject.get()).isNull());
		assertThat(garbled.get(0).contentObject.objectId()).isEqualTo("not-a-key");
	}

	@DatabaseTest
	void badInputIsRefused(TestDatabase db) {
		CovetRepository<Comment, Long> comments = db.repo(Comment.class);
		assertThatThrownBy(() -> comments.save(new Comment("x", new NotAModel()))).isInstanceOf(UnknownModelException.class);
		assertThatThrownBy(() -> comments.save(new Comment("x", new Post("unsaved")))).isInstanceOf(UnsavedInstanceException.class);
		assertThat(comments.count()).isZero();
		Comment orphan = comments.save(new Comment("x", null));
		long bogus = db.repo(ContentType.class).count() + 1000;
		db.jdbc().execute("INSERT INTO " + db.dialect().quote("covet_content_type") + " (" + db.dialect().quote("id") + ", "
				+ db.dialect().quote("namespace") + ", " + db.dialect().quote("model") + ") VALUES (" + bogus
				+ ", 'java.lang', 'runtime')");
		db.jdbc().update("UPDATE " + db.dialect().quote("g_comment") + " SET " + db.dialect().quote("content_type_id") + " = ?, "
				+ db.dialect().quote("object_id") + " = '1' WHERE " + db.dialect().quote("id") + " = ?", bogus, orphan.id);
		assertThatThrownBy(() -> comments.objects().prefetchRelated("contentObject").list())
			.isInstanceOf(UnknownContentTypeException.class);
		db.jdbc().update("UPDATE " + db.dialect().quote("g_comment") + " SET " + db.dialect().quote("content_type_id") + " = NULL");
		db.jdbc().update("DELETE FROM " + db.dialect().quote("covet_content_type") + " WHERE " + db.dialect().quote("id") + " = ?", bogus);
	}

	/**
	 * Reading a generic relation of an object whose model has no content-type row yet matches nothing and writes
	 * nothing. Before, count() inserted the row (on every database), which in a read-only transaction failed on
	 * PostgreSQL ("cannot execute INSERT in a read-only transaction") and took the transaction down with it.
	 */
	@DatabaseTest
	void readingAGenericRelationWritesNothing(TestDatabase db) {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("quiet"));
		String postsRow = "SELECT COUNT(*) FROM covet_content_type WHERE namespace = 'blog' AND model = 'post'";
		db.jdbc().update("DELETE FROM covet_content_type WHERE namespace = 'blog' AND model = 'post'");
		CovetRelations relations = db.build(builder -> {
		});
		Post loaded = relations.objects(Post.class).get("pk", post.id);
		TransactionTemplate readOnly = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
		readOnly.setReadOnly(true);

		Long count = readOnly.execute(status -> loaded.comments.count());
		List<Comment> all = readOnly.execute(status -> loaded.comments.all());
		Boolean exists = readOnly.execute(status -> loaded.comments.exists());
		assertThat(count).isZero();
		assertThat(all).isEmpty();
		assertThat(exists).isFalse();
		loaded.comments.clear();
		assertThat(db.jdbc().queryForObject(postsRow, Long.class)).isZero();

		// A write still creates it.
		assertThat(loaded.comments.getOrCreate(Map.of("text", "first"), Map.of()).created()).isTrue();
		assertThat(db.jdbc().queryForObject(postsRow, Long.class)).isOne();
		assertThat(loaded.comments.all()).extracting(comment -> comment.text).containsExactly("first");
	}
}
