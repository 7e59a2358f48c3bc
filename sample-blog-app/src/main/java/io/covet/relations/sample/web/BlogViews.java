package io.covet.relations.sample.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.covet.relations.sample.model.Author;
import io.covet.relations.sample.model.Category;
import io.covet.relations.sample.model.Comment;
import io.covet.relations.sample.model.Photo;
import io.covet.relations.sample.model.Post;
import io.covet.relations.sample.model.Tag;

/** What the endpoints return: plain records, so JSON never reaches into unloaded relations. */
public final class BlogViews {

	private BlogViews() {
	}

	public record AuthorSummary(Long id, String name) {

		static AuthorSummary of(Author author) {
			return new AuthorSummary(author.getId(), author.getName());
		}
	}

	public record PostSummary(Long id, String title, LocalDate published) {

		static PostSummary of(Post post) {
			return new PostSummary(post.getId(), post.getTitle(), post.getPublished());
		}
	}

	public record AuthorView(Long id, String name, String email, List<PostSummary> posts) {

		/** Needs {@code posts} prefetched. */
		static AuthorView of(Author author) {
			return new AuthorView(author.getId(), author.getName(), author.getEmail(),
					author.posts().all().stream().map(PostSummary::of).toList());
		}
	}

	public record CommentView(Long id, String name, String text) {

		static CommentView of(Comment comment) {
			return new CommentView(comment.getId(), comment.getName(), comment.getText());
		}
	}

	public record PostView(Long id, String title, String body, LocalDate published, AuthorSummary author,
			List<String> tags, List<CommentView> comments) {

		/** Needs {@code author} selected, {@code tags} and {@code comments} prefetched. */
		static PostView of(Post post) {
			return new PostView(post.getId(), post.getTitle(), post.getBody(), post.getPublished(),
					AuthorSummary.of(post.author().get()), post.tags().all().stream().map(Tag::getName).sorted().toList(),
					post.comments().all().stream().map(CommentView::of).toList());
		}
	}

	/** One page of titles, and how many there are on every page together. */
	public record TitlePage(List<String> titles, long total) {
	}

	public record NewComment(String name, String text) {
	}

	public record NewPost(String title, String body, Long authorId) {
	}

	public record NewTag(String name) {
	}

	public record PhotoView(UUID id, String caption, List<CommentView> comments) {

		/** Needs {@code comments} prefetched. */
		static PhotoView of(Photo photo) {
			return new PhotoView(photo.getId(), photo.getCaption(),
					photo.comments().all().stream().map(CommentView::of).toList());
		}
	}

	public record CategoryView(Long id, String name, int depth) {

		static CategoryView of(Category category) {
			return new CategoryView(category.getId(), category.getName(), category.getDepth());
		}
	}

	/** A comment with what it is on, whatever the model. */
	public record CommentOnView(Long id, String text, String on) {

		/** Needs {@code target} prefetched. */
		static CommentOnView of(Comment comment) {
			Object target = comment.target().get();
			String on = (target instanceof Post post) ? "post: " + post.getTitle()
					: (target instanceof Photo photo) ? "photo: " + photo.getCaption() : "nothing";
			return new CommentOnView(comment.getId(), comment.getText(), on);
		}
	}
}
