package io.covet.relations.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.covet.relations.CovetRelations;
import io.covet.relations.sample.model.Author;
import io.covet.relations.sample.model.Category;
import io.covet.relations.sample.model.Comment;
import io.covet.relations.sample.model.Photo;
import io.covet.relations.sample.model.Post;
import io.covet.relations.sample.model.Release;
import io.covet.relations.sample.model.Tag;
import io.covet.relations.sample.model.Talk;
import io.covet.relations.sample.repository.AuthorRepository;
import io.covet.relations.sample.repository.NoticeRepository;
import io.covet.relations.sample.repository.PhotoRepository;
import io.covet.relations.sample.repository.PostRepository;
import io.covet.relations.sample.repository.TagRepository;
import io.covet.relations.tree.TreeManager;

/** Writes a few authors, posts and comments into an empty database, so the endpoints show something. */
@Component
public class BlogSeeder implements ApplicationRunner {

	private final AuthorRepository authors;

	private final PostRepository posts;

	private final TagRepository tags;

	private final PhotoRepository photos;

	private final CovetRelations relations;

	private final NoticeRepository notices;

	public BlogSeeder(AuthorRepository authors, PostRepository posts, TagRepository tags, PhotoRepository photos,
			NoticeRepository notices, CovetRelations relations) {
		this.notices = notices;
		this.authors = authors;
		this.posts = posts;
		this.tags = tags;
		this.photos = photos;
		this.relations = relations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.authors.count() > 0) {
			return;
		}
		TreeManager<Category> categories = this.relations.tree(Category.class);
		Category science = categories.insert(new Category("Science"), null);
		Category mathematics = categories.insert(new Category("Mathematics"), science);
		Category computing = categories.insert(new Category("Computing"), science);
		Category ai = categories.insert(new Category("Artificial intelligence"), computing);
		Author ada = this.authors.save(new Author("Ada Lovelace", "ada@example.com"));
		Author alan = this.authors.save(new Author("Alan Turing", "alan@example.com"));
		List<Post> written = new ArrayList<>();
		written.add(new Post("Notes on the Analytical Engine", "It weaves algebraic patterns.", LocalDate.of(1843, 9, 1), ada));
		written.add(new Post("On Computable Numbers", "A number is computable if...", LocalDate.of(1936, 11, 12), alan));
		written.add(new Post("Computing Machinery and Intelligence", "Can machines think?", LocalDate.of(1950, 10, 1), alan));
		written.get(0).setCategory(mathematics);
		written.get(1).setCategory(computing);
		written.get(2).setCategory(ai);
		this.posts.bulkCreate(written);
		List<Tag> tags = this.tags.bulkCreate(List.of(new Tag("computing"), new Tag("mathematics"), new Tag("ai")));
		written.get(0).tags().add(tags.get(0), tags.get(1));
		written.get(1).tags().add(tags.get(0), tags.get(1));
		written.get(2).tags().add(tags.get(0), tags.get(2));
		written.get(0).comments().create(new Comment("Charles", "Splendid work."));
		written.get(2).comments().create(new Comment("Grace", "They will."));
		written.get(2).comments().create(new Comment("John", "Define 'think'."));
		this.notices.saveAll(List.of(new Talk("On machines that think", LocalDate.of(1951, 5, 15), "Alan Turing"),
				new Release("Analytical Engine notes, 2nd printing", LocalDate.of(1843, 10, 1), "2.0")));
		Photo engine = this.photos.save(new Photo("The Difference Engine"));
		engine.comments().create(new Comment("Charles", "Mine, in fact."));
	}
}
