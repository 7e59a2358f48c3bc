package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import io.covet.relations.exception.ProtectedError;
import io.covet.relations.m2m.ConcurrencyModels.Item;
import io.covet.relations.m2m.ConcurrencyModels.Label;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/**
 * The same seeded sequence of creates, updates, many-to-many changes and cascading deletes on every database must
 * leave the same data: a hash of every table's sorted rows (keys replaced by what they point at, since generated
 * keys may be spent differently) is compared across the databases of the run.
 */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class, Item.class, Label.class })
class DifferentialTests {

	private static final Map<Long, Map<String, String>> HASHES = new ConcurrentHashMap<>();

	@DatabaseTest
	void theSameOperationsLeaveTheSameRowsOnEveryDatabase(TestDatabase db) throws Exception {
		for (long seed = 1; seed <= 5; seed++) {
			db.truncateAll();
			run(db, new Random(seed));
			String hash = hash(db);
			Map<String, String> bySeed = HASHES.computeIfAbsent(seed, s -> new ConcurrentHashMap<>());
			bySeed.put(db.target().id(), hash);
			assertThat(bySeed.values().stream().distinct()).as("seed %d: %s", seed, bySeed).hasSize(1);
		}
	}

	private static void run(TestDatabase db, Random random) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		CovetRepository<Book, Long> books = db.repo(Book.class);
		List<Author> created = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			created.add(new Author("author-" + i, random.nextInt(80)));
		}
		authors.bulkCreate(created);
		List<Book> written = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			Book book = new Book("book-" + i, created.get(random.nextInt(created.size())), random.nextInt(500));
			if (random.nextBoolean()) {
				book.setEditor(created.get(random.nextInt(created.size())));
			}
			written.add(book);
		}
		books.bulkCreate(written);
		List<Review> reviews = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			reviews.add(new Review(written.get(random.nextInt(written.size())), random.nextInt(5), "r" + i));
		}
		db.repo(Review.class).bulkCreate(reviews);
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			labels.add(new Label());
		}
		db.repo(Label.class).bulkCreate(labels);
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			items.add(new Item());
		}
		db.repo(Item.class).bulkCreate(items);
		for (int step = 0; step < 60; step++) {
			Item item = items.get(random.nextInt(items.size()));
			switch (random.nextInt(6)) {
				case 0 -> item.labels.add(labels.get(random.nextInt(20)), labels.get(random.nextInt(20)));
				case 1 -> item.labels.remove(labels.get(random.nextInt(20)));
				case 2 -> item.labels.set(List.of(labels.get(random.nextInt(20)), labels.get(random.nextInt(20))));
				case 3 -> authors.filter("age__lt", random.nextInt(80)).update(Map.of("active", random.nextBoolean()));
				case 4 -> books.filter("pages__gt", random.nextInt(500)).filter("author__age__gt", random.nextInt(80))
					.update("pages", random.nextInt(500));
				default -> {
					try {
						authors.filter("age", random.nextInt(80)).delete();
					}
					catch (ProtectedError refused) {
						// the same on every database
					}
				}
			}
		}
	}

	/** Rows of every table, keys replaced by the natural values they point at, sorted, hashed. */
	private static String hash(TestDatabase db) throws Exception {
		List<String> rows = new ArrayList<>();
		for (Author author : db.<Author, Long>repo(Author.class).findAll()) {
			rows.add("author|" + author.getName() + "|" + author.getAge() + "|" + author.isActive());
		}
		for (Book book : db.<Book, Long>repo(Book.class).objects().selectRelated("author").list()) {
			Author editor = book.editor().isNull() ? null : book.editor().fetch();
			rows.add("book|" + book.getTitle() + "|" + book.getPages() + "|" + book.getAuthor().getName() + "|"
					+ (editor == null ? "-" : editor.getName()));
		}
		for (Review review : db.<Review, Long>repo(Review.class).objects().selectRelated("book").list()) {
			rows.add("review|" + review.body + "|" + review.stars + "|" + review.book.get().getTitle());
		}
		List<Item> items = db.<Item, Long>repo(Item.class).objects().orderBy("id").prefetchRelated("labels").list();
		List<Label> labels = db.<Label, Long>repo(Label.class).objects().orderBy("id").list();
		for (int i = 0; i < items.size(); i++) {
			for (Label label : items.get(i).labels.all()) {
				rows.add("pair|item" + i + "|label" + labels.indexOf(labelById(labels, label.id)));
			}
		}
		rows.sort(null);
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (String row : rows) {
			digest.update(row.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
		}
		return rows.size() + ":" + HexFormat.of().formatHex(digest.digest());
	}

	private static Label labelById(List<Label> labels, Long id) {
		return labels.stream().filter(label -> label.id.equals(id)).findFirst().orElseThrow();
	}
}
