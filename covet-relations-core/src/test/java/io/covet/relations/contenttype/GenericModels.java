package io.covet.relations.contenttype;

import java.util.UUID;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

/** Comments on posts (Long keys), photos (UUID keys) and videos (String keys). */
final class GenericModels {

	private GenericModels() {
	}

	@Model(table = "g_post", namespace = "blog")
	static class Post {

		@Id
		Long id;

		String title;

		@GenericRelation(Comment.class)
		RelatedManager<Comment> comments = RelatedManager.unbound();

		Post() {
		}

		Post(String title) {
			this.title = title;
		}
	}

	@Model(table = "g_photo", namespace = "media")
	static class Photo {

		@Id
		UUID id;

		String caption;

		@GenericRelation(Comment.class)
		RelatedManager<Comment> comments = RelatedManager.unbound();

		Photo() {
		}

		Photo(String caption) {
			this.id = UUID.randomUUID();
			this.caption = caption;
		}
	}

	@Model(table = "g_video", namespace = "media")
	static class Video {

		@Id
		String code;

		Video() {
		}

		Video(String code) {
			this.code = code;
		}
	}

	/** Registered with no generic relation: comments on it are not deleted with it. */
	static class NotAModel {
	}

	@Model(table = "g_comment", namespace = "blog")
	static class Comment {

		@Id
		Long id;

		String text;

		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();

		String objectId;

		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef contentObject = GenericRef.none();

		Comment() {
		}

		Comment(String text, Object target) {
			this.text = text;
			this.contentObject = GenericRef.to(target);
		}
	}

	/** Keyed by a number, with votes whose generic key stores it in an integer column. */
	@Model(table = "g_album", namespace = "media")
	static class Album {

		@Id
		Long id;

		String title;

		@GenericRelation(Vote.class)
		RelatedManager<Vote> votes = RelatedManager.unbound();

		Album() {
		}

		Album(String title) {
			this.title = title;
		}
	}

	/** A generic key whose id column is a BIGINT rather than text. */
	@Model(table = "g_vote", namespace = "media")
	static class Vote {

		@Id
		Long id;

		int stars;

		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();

		Long objectId;

		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();

		Vote() {
		}

		Vote(int stars, Object target) {
			this.stars = stars;
			this.target = GenericRef.to(target);
		}
	}
}
