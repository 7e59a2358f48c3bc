package io.covet.relations.sample.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.covet.relations.query.QuerySet;
import io.covet.relations.sample.model.Comment;
import io.covet.relations.sample.model.Post;
import io.covet.relations.sample.model.Tag;
import io.covet.relations.sample.repository.AuthorRepository;
import io.covet.relations.sample.repository.PostRepository;
import io.covet.relations.sample.repository.TagRepository;
import io.covet.relations.sample.web.BlogViews.AuthorView;
import io.covet.relations.sample.web.BlogViews.CommentView;
import io.covet.relations.sample.web.BlogViews.NewComment;
import io.covet.relations.sample.web.BlogViews.NewPost;
import io.covet.relations.sample.web.BlogViews.NewTag;
import io.covet.relations.sample.web.BlogViews.PostSummary;
import io.covet.relations.sample.web.BlogViews.PostView;
import io.covet.relations.sample.web.BlogViews.TitlePage;

/**
 * Blog endpoints. Every list loads its relations up front: posts with their author (one JOIN), comments and tags
 * (one extra query each), authors with their posts (one extra query). Strict loading is on, so a forgotten prefetch fails
 * loudly instead of running a query per row.
 */
@RestController
public class BlogController {

	private final AuthorRepository authors;

	private final PostRepository posts;

	private final TagRepository tags;

	private final Inputs inputs;

	public BlogController(AuthorRepository authors, PostRepository posts, TagRepository tags, Inputs inputs) {
		this.authors = authors;
		this.posts = posts;
		this.tags = tags;
		this.inputs = inputs;
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
			query = query.filter("author__name__icontains", this.inputs.text("author", author));
		}
		if (tag != null) {
			query = query.filter("tags__name", this.inputs.text("tag", tag));
		}
		return query.orderBy("-published").stream().map(PostView::of).toList();
	}

	/** Titles containing {@code q}, through a derived repository query. */
	@GetMapping("/search")
	public List<String> search(@RequestParam String q) {
		return this.posts.findByTitleContainingIgnoreCaseOrderByPublishedDesc(this.inputs.text("q", q))
			.stream()
			.map(Post::getTitle)
			.toList();
	}

	/** One author's titles, newest first, a page at a time: a derived query across the author key with a Pageable. */
	@GetMapping("/search/by-author")
	public TitlePage titlesBy(@RequestParam String name, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "10") int size) {
		Page<Post> found = this.posts.findByAuthorNameIgnoreCaseOrderByPublishedDesc(this.inputs.text("name", name),
				this.inputs.page(page, size));
		return new TitlePage(found.getContent().stream().map(Post::getTitle).toList(), found.getTotalElements());
	}

	@GetMapping("/posts/{id}")
	public PostView post(@PathVariable long id) {
		return PostView.of(withRelations(this.posts.objects()).get("id", id));
	}

	@PostMapping("/posts/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	public CommentView comment(@PathVariable long id, @RequestBody NewComment comment) {
		Comment created = new Comment(this.inputs.required(Comment.class, "name", comment.name()),
				this.inputs.required(Comment.class, "text", comment.text()));
		Post post = this.posts.get("id", id);
		return CommentView.of(post.comments().create(created));
	}

	/** A post by an existing author, published today. */
	@PostMapping("/posts")
	@ResponseStatus(HttpStatus.CREATED)
	public PostSummary create(@RequestBody NewPost post) {
		String title = this.inputs.required(Post.class, "title", post.title());
		String body = this.inputs.optional(Post.class, "body", post.body());
		if (post.authorId() == null) {
			throw new InvalidInput("authorId is required");
		}
		Post created = new Post(title, body, LocalDate.now(), this.authors.get("id", post.authorId()));
		return PostSummary.of(this.posts.save(created));
	}

	/** Tags a post, creating the tag on first use; answers the post's tag names. */
	@PostMapping("/posts/{id}/tags")
	public List<String> tag(@PathVariable long id, @RequestBody NewTag tag) {
		String name = this.inputs.required(Tag.class, "name", tag.name());
		Post post = this.posts.get("id", id);
		post.tags().add(this.tags.objects().getOrCreate(Map.of("name", name), Map.of()).object());
		return this.tags.filter("posts", id).orderBy("name").stream().map(Tag::getName).toList();
	}

	/** Deletes a post with its comments and tag pairs. */
	@DeleteMapping("/posts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void delete(@PathVariable long id) {
		this.posts.delete(this.posts.get("id", id));
	}

	private static QuerySet<Post> withRelations(QuerySet<Post> posts) {
		return posts.selectRelated("author").prefetchRelated("comments", "tags");
	}
}
