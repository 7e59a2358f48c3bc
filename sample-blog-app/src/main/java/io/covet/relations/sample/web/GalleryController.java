package io.covet.relations.sample.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.covet.relations.CovetRelations;
import io.covet.relations.sample.model.Category;
import io.covet.relations.sample.repository.CategoryRepository;
import io.covet.relations.sample.repository.CommentRepository;
import io.covet.relations.sample.repository.PhotoRepository;
import io.covet.relations.sample.repository.PostRepository;
import io.covet.relations.sample.web.BlogViews.CategoryView;
import io.covet.relations.sample.web.BlogViews.CommentOnView;
import io.covet.relations.sample.web.BlogViews.PhotoView;
import io.covet.relations.sample.web.BlogViews.PostView;
import io.covet.relations.tree.TreeManager;

/**
 * Photos and comments (a generic foreign key: one query per model commented on) and the category tree (nested
 * sets: a subtree is one range query).
 */
@RestController
public class GalleryController {

	private final PhotoRepository photos;

	private final CommentRepository comments;

	private final CategoryRepository categories;

	private final PostRepository posts;

	private final TreeManager<Category> tree;

	public GalleryController(PhotoRepository photos, CommentRepository comments, CategoryRepository categories,
			PostRepository posts, CovetRelations relations) {
		this.photos = photos;
		this.comments = comments;
		this.categories = categories;
		this.posts = posts;
		this.tree = relations.tree(Category.class);
	}

	@GetMapping("/photos")
	public List<PhotoView> photos() {
		return this.photos.objects().orderBy("caption").prefetchRelated("comments").stream().map(PhotoView::of).toList();
	}

	@GetMapping("/comments")
	public List<CommentOnView> comments() {
		return this.comments.objects().orderBy("id").prefetchRelated("target").stream().map(CommentOnView::of).toList();
	}

	@GetMapping("/categories")
	public List<CategoryView> categories() {
		return this.categories.objects().orderBy("lft").stream().map(CategoryView::of).toList();
	}

	/** Posts in a category or any category below it. */
	@GetMapping("/categories/{id}/posts")
	public List<PostView> postsIn(@PathVariable long id) {
		List<Category> subtree = this.tree.descendants(this.categories.get("id", id), Integer.MAX_VALUE, true);
		return this.posts.filter("category__in", subtree)
			.selectRelated("author")
			.prefetchRelated("comments", "tags")
			.orderBy("published")
			.stream()
			.map(PostView::of)
			.toList();
	}
}
