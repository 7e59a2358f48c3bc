package io.covet.relations.sample.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.covet.relations.exception.DoesNotExist;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.query.QuerySet;
import io.covet.relations.sample.model.Comment;
import io.covet.relations.sample.model.Post;
import io.covet.relations.sample.repository.AuthorRepository;
import io.covet.relations.sample.repository.PostRepository;
import io.covet.relations.sample.web.BlogViews.AuthorView;
import io.covet.relations.sample.web.BlogViews.CommentView;
import io.covet.relations.sample.web.BlogViews.NewComment;
import io.covet.relations.sample.web.BlogViews.PostView;

/**
 * Blog endpoints. Every list loads its relations up front: posts with their author (one JOIN), comments and tags
 * (one extra query each), authors with their posts (one extra query). Strict loading is on, so a forgotten prefetch fails
 * loudly instead of running a query per row.
 */
@RestController
public class BlogController {

	private final AuthorRepository authors;

	private final PostRepository posts;

	public BlogController(AuthorRepository authors, PostRepository posts) {
		this.authors = authors;
		this.posts = posts;
	}

	@GetMapping("/authors")
	public List<AuthorView> authors() {
		return this.authors.objects().orderBy("name").prefetchRelated("posts").stream().map(AuthorView::of).toList();
	}

	@GetMapping("/authors/{id}")
	public AuthorView author(@PathVariable long id) {
		return AuthorView.of(this.authors.objects().prefetchRelated("posts").get("id", id));
	}

	/**
	 * Posts newest first, optionally only those whose author's name contains {@code author} and those tagged
	 * {@code tag}.
	 */
	@GetMapping("/posts")
	public List<PostView> posts(@RequestParam(required = false) String author, @RequestParam(required = false) String tag) {
		QuerySet<Post> query = withRelations(this.posts.objects());
		if (author != null) {
			query = query.filter("author__name__icontains", author);
		}
		if (tag != null) {
			query = query.filter("tags__name", tag);
		}
		return query.orderBy("-published").stream().map(PostView::of).toList();
	}

	/** Titles containing {@code q}, through a derived repository query. */
	@GetMapping("/search")
	public List<String> search(@RequestParam String q) {
		return this.posts.findByTitleContainingIgnoreCaseOrderByPublishedDesc(q).stream().map(Post::getTitle).toList();
	}

	@GetMapping("/posts/{id}")
	public PostView post(@PathVariable long id) {
		return PostView.of(withRelations(this.posts.objects()).get("id", id));
	}

	@PostMapping("/posts/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	public CommentView comment(@PathVariable long id, @RequestBody NewComment comment) {
		Post post = this.posts.get("id", id);
		return CommentView.of(post.comments().create(new Comment(comment.name(), comment.text())));
	}

	private static QuerySet<Post> withRelations(QuerySet<Post> posts) {
		return posts.selectRelated("author").prefetchRelated("comments", "tags");
	}

	@ExceptionHandler(DoesNotExist.class)
	ResponseEntity<String> notFound(DoesNotExist ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ex.getMessage());
	}

	@ExceptionHandler(InvalidQueryException.class)
	ResponseEntity<String> badRequest(InvalidQueryException ex) {
		return ResponseEntity.badRequest().body(ex.getMessage());
	}
}
