package io.covet.relations.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.hibernate.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

import io.covet.relations.benchmarks.BenchModels.Post;
import io.covet.relations.benchmarks.BenchModels.Tag;
import io.covet.relations.benchmarks.HibernateModels.HPost;
import io.covet.relations.benchmarks.HibernateModels.HTag;
import io.covet.relations.query.Prefetch;

/**
 * Workload 3: posts with their tags (many-to-many prefetch), 5,000 posts × 5 tags out of 500 by default. Covet's
 * prefetch is one statement for the posts and one for the through table joined to the tags; naive reads each post's
 * tags on its own. Workload 3b ({@code m2mLinksFirst}) reads the same graph with {@code Prefetch.withLinksFirst()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ManyToManyReadBenchmarks {

	@Param({ "sqlite", "postgresql", "mariadb" })
	public String database;

	@Param({ "5000" })
	public int posts;

	@Param({ "5" })
	public int tagsPerPost;

	@Param({ "500" })
	public int tags;

	private Fixture fixture;

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws Exception {
		this.fixture = new Fixture(this.database, List.of(Post.class, Tag.class), List.of(HPost.class, HTag.class));
		seed(this.fixture, this.posts, this.tagsPerPost, this.tags);
		this.fixture.analyze();
		new TrialCheck(params, "m2mPrefetch").column("covet", this::m2mPrefetchCovet)
			.column("jdbc", this::m2mPrefetchJdbc)
			.column("hibernate", this::m2mPrefetchHibernate)
			.column("hibernateLazy", this::m2mPrefetchHibernateLazy)
			.column("naive", this::m2mPrefetchNaive)
			.verify();
		new TrialCheck(params, "m2mLinksFirst").column("covet", this::m2mLinksFirstCovet)
			.column("jdbc", this::m2mLinksFirstJdbc)
			.column("hibernate", this::m2mLinksFirstHibernate)
			.verify();
	}

	/** Post {@code p} is tagged with tags {@code (7p + 53k) mod tags}, k &lt; tagsPerPost: distinct, spread evenly. */
	static List<Post> seed(Fixture fixture, int posts, int tagsPerPost, int tags) throws Exception {
		List<Tag> createdTags = new ArrayList<>();
		for (int i = 0; i < tags; i++) {
			Tag tag = new Tag();
			tag.name = "Tag " + i;
			createdTags.add(tag);
		}
		fixture.covet.repository(Tag.class).bulkCreate(createdTags);
		List<Post> createdPosts = new ArrayList<>();
		for (int i = 0; i < posts; i++) {
			Post post = new Post();
			post.title = "Post " + i;
			createdPosts.add(post);
		}
		fixture.covet.repository(Post.class).bulkCreate(createdPosts);
		List<long[]> pairs = new ArrayList<>();
		for (int p = 0; p < posts; p++) {
			for (int k = 0; k < tagsPerPost; k++) {
				pairs.add(new long[] { createdPosts.get(p).id, createdTags.get((7 * p + 53 * k) % tags).id });
			}
		}
		fixture.insertRows("INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?)", pairs);
		return createdPosts;
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.fixture.close();
	}

	/** The same for every column and independent of the order the tags of a post come in. */
	private static long postChecksum(long postId, int tagCount) {
		return postId * 31 + tagCount;
	}

	private static long tagChecksum(long postId, long tagId, String name) {
		return postId * 1009 + tagId * 7 + name.length();
	}

	@Benchmark
	public long m2mPrefetchCovet() {
		return covetChecksum(this.fixture.covet.objects(Post.class).orderBy("id").prefetchRelated("tags").list());
	}

	/** The same loop as {@link #m2mPrefetchCovet()}; without the prefetch each {@code all()} is a query. */
	@Benchmark
	public long m2mPrefetchNaive() {
		return covetChecksum(this.fixture.covet.objects(Post.class).orderBy("id").list());
	}

	private static long covetChecksum(List<Post> posts) {
		long checksum = 0;
		for (Post post : posts) {
			List<Tag> postTags = post.tags.all();
			checksum += postChecksum(post.id, postTags.size());
			for (Tag tag : postTags) {
				checksum += tagChecksum(post.id, tag.id, tag.name);
			}
		}
		return checksum;
	}

	record PostRow(long id, String title, List<TagRow> tags) {
	}

	record TagRow(long id, String name) {
	}

	@Benchmark
	public long m2mPrefetchJdbc() throws Exception {
		try (Connection connection = this.fixture.dataSource.getConnection()) {
			List<PostRow> posts = readPosts(connection);
			Map<Long, PostRow> byId = new HashMap<>();
			posts.forEach(post -> byId.put(post.id(), post));
			Map<Long, TagRow> tagsById = new HashMap<>();
			KeyLists.select(this.fixture, connection,
					"SELECT pt.post_id, t.id, t.name FROM post_tags pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id", "",
					posts.stream().map(PostRow::id).toList(), rs -> {
						long tagId = rs.getLong(2);
						TagRow tag = tagsById.get(tagId);
						if (tag == null) {
							tag = new TagRow(tagId, rs.getString(3));
							tagsById.put(tagId, tag);
						}
						byId.get(rs.getLong(1)).tags().add(tag);
					});
			return rowsChecksum(posts);
		}
	}

	/** The floor's posts, in key order, each with an empty list for its tags. */
	private static List<PostRow> readPosts(Connection connection) throws SQLException {
		List<PostRow> posts = new ArrayList<>();
		try (PreparedStatement ps = connection.prepareStatement("SELECT id, title FROM post ORDER BY id");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				posts.add(new PostRow(rs.getLong(1), rs.getString(2), new ArrayList<>()));
			}
		}
		return posts;
	}

	private static long rowsChecksum(List<PostRow> posts) {
		long checksum = 0;
		for (PostRow post : posts) {
			checksum += postChecksum(post.id(), post.tags().size());
			for (TagRow tag : post.tags()) {
				checksum += tagChecksum(post.id(), tag.id(), tag.name());
			}
		}
		return checksum;
	}

	@Benchmark
	public long m2mPrefetchHibernate() {
		try (Session session = this.fixture.hibernate.openSession()) {
			session.setDefaultReadOnly(true);
			List<HPost> loaded = session
				.createSelectionQuery("select p from HPost p left join fetch p.tags order by p.id", HPost.class)
				.setReadOnly(true)
				.getResultList();
			long checksum = 0;
			for (HPost post : loaded) {
				checksum += postChecksum(post.id, post.tags.size());
				for (HTag tag : post.tags) {
					checksum += tagChecksum(post.id, tag.id, tag.name);
				}
			}
			return checksum;
		}
	}

	/**
	 * The same read with {@code Prefetch.withLinksFirst()}: the posts, their link rows, then each of the 500 tags
	 * once, where the join reads a tag's row once per link (25,000 rows).
	 */
	@Benchmark
	public long m2mLinksFirstCovet() {
		return covetChecksum(this.fixture.covet.objects(Post.class)
			.orderBy("id")
			.prefetchRelated(new Prefetch("tags").withLinksFirst())
			.list());
	}

	/** The floor of the same shape: the link rows for the posts' keys, then the distinct tags by key. */
	@Benchmark
	public long m2mLinksFirstJdbc() throws Exception {
		try (Connection connection = this.fixture.dataSource.getConnection()) {
			List<PostRow> posts = readPosts(connection);
			Map<Long, PostRow> byId = new HashMap<>();
			posts.forEach(post -> byId.put(post.id(), post));
			List<long[]> links = new ArrayList<>();
			Set<Long> tagKeys = new LinkedHashSet<>();
			KeyLists.select(this.fixture, connection, "SELECT post_id, tag_id FROM post_tags WHERE post_id", "",
					posts.stream().map(PostRow::id).toList(), rs -> {
						long tagId = rs.getLong(2);
						links.add(new long[] { rs.getLong(1), tagId });
						tagKeys.add(tagId);
					});
			Map<Long, TagRow> tagsById = new HashMap<>();
			KeyLists.select(this.fixture, connection, "SELECT id, name FROM tag WHERE id", "", new ArrayList<>(tagKeys),
					rs -> tagsById.put(rs.getLong(1), new TagRow(rs.getLong(1), rs.getString(2))));
			for (long[] link : links) {
				byId.get(link[0]).tags().add(tagsById.get(link[1]));
			}
			return rowsChecksum(posts);
		}
	}

	/** Hibernate has no such choice: its guide's fetch join, as in {@link #m2mPrefetchHibernate()}. */
	@Benchmark
	public long m2mLinksFirstHibernate() {
		return m2mPrefetchHibernate();
	}

	/** Hibernate's default: the posts alone, each post's tags loaded on first access, 16 posts per statement. */
	@Benchmark
	public long m2mPrefetchHibernateLazy() {
		try (Session session = this.fixture.hibernate.openSession()) {
			long checksum = 0;
			for (HPost post : session.createSelectionQuery("from HPost p order by p.id", HPost.class).getResultList()) {
				checksum += postChecksum(post.id, post.tags.size());
				for (HTag tag : post.tags) {
					checksum += tagChecksum(post.id, tag.id, tag.name);
				}
			}
			return checksum;
		}
	}
}
