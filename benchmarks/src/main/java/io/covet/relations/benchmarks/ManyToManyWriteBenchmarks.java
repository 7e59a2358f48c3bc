package io.covet.relations.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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

/**
 * Workload 4: many-to-many writes on one post, starting from the post's key and the tags' keys: add 1, 10 or 1,000
 * tags to an untagged post; set 100 tags replacing half of the post's 100; clear the post's 100 tags. Each column
 * runs an operation in one transaction; the ORMs load the post first, as an application would. A bystander post's
 * 100 pairs must survive every operation.
 * <p>
 * An operation takes well under a millisecond, too short to time alone after a per-invocation setup (JMH's own
 * warning on {@link Level#Invocation}): each invocation runs it on {@value #BATCH} posts in turn, one transaction
 * each, and JMH reports the time per operation. Before every invocation (untimed) those posts' pairs are put back.
 * The trial check runs one operation on the first post, so the statements reported are one operation's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ManyToManyWriteBenchmarks {

	/** Operations (posts) per timed invocation. */
	static final int BATCH = 20;

	@Param({ "sqlite", "postgresql", "mariadb" })
	public String database;

	@Param({ "add1", "add10", "add1000", "set", "clear" })
	public String operation;

	private static final int TAGS = 1_100;

	private Fixture fixture;

	/** The posts the operations run on, {@value #BATCH} of them. */
	private long[] postIds;

	private List<Long> tagIds;

	/** The post's pairs before the operation. */
	private List<Long> before;

	/** The tags the operation adds, or sets. */
	private List<Long> target;

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws Exception {
		this.fixture = new Fixture(this.database, List.of(Post.class, Tag.class), List.of(HPost.class, HTag.class));
		List<Post> posts = ManyToManyReadBenchmarks.seed(this.fixture, BATCH + 1, 0, TAGS);
		this.postIds = posts.subList(0, BATCH).stream().mapToLong(post -> post.id).toArray();
		long bystander = posts.get(BATCH).id;
		this.tagIds = this.fixture.covet.objects(Tag.class).orderBy("id").list().stream().map(tag -> tag.id).toList();
		List<long[]> pairs = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			pairs.add(new long[] { bystander, this.tagIds.get(i * 7) });
		}
		this.fixture.insertRows("INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?)", pairs);
		this.fixture.analyze();
		this.before = switch (this.operation) {
			case "set", "clear" -> this.tagIds.subList(0, 100);
			default -> List.of();
		};
		this.target = switch (this.operation) {
			case "add1" -> this.tagIds.subList(0, 1);
			case "add10" -> this.tagIds.subList(0, 10);
			case "add1000" -> this.tagIds.subList(0, 1000);
			case "set" -> this.tagIds.subList(50, 150);
			default -> List.of();
		};
		long first = this.postIds[0];
		new TrialCheck(params, "m2mWrite").column("covet", () -> covet(first))
			.column("jdbc", () -> jdbc(first))
			.column("hibernate", () -> hibernate(first))
			.reseedBeforeEachRun(this::reseed)
			.compareState(() -> this.fixture.checksum("SELECT post_id, tag_id FROM post_tags"))
			.verify();
	}

	/** Untimed: every post of the batch holds exactly the operation's starting pairs again. */
	@Setup(Level.Invocation)
	public void reseed() throws Exception {
		this.fixture.execute("DELETE FROM post_tags WHERE post_id IN ("
				+ Arrays.stream(this.postIds).mapToObj(Long::toString).collect(Collectors.joining(", ")) + ")");
		List<long[]> pairs = new ArrayList<>();
		for (long postId : this.postIds) {
			for (Long tagId : this.before) {
				pairs.add(new long[] { postId, tagId });
			}
		}
		this.fixture.insertRows("INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?)", pairs);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.fixture.close();
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public long m2mWriteCovet() throws Exception {
		return onEachPost(this::covet);
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public long m2mWriteHibernate() throws Exception {
		return onEachPost(this::hibernate);
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public long m2mWriteJdbc() throws Exception {
		return onEachPost(this::jdbc);
	}

	/** One column's operation on one post, returning its checksum. */
	@FunctionalInterface
	private interface PostOperation {

		long run(long postId) throws Exception;
	}

	/** The batch of one timed invocation: the operation on every post in turn. */
	private long onEachPost(PostOperation operation) throws Exception {
		long checksum = 0;
		for (long postId : this.postIds) {
			checksum += operation.run(postId);
		}
		return checksum;
	}

	private long covet(long postId) {
		return this.fixture.covet.inTransaction(() -> {
			Post post = this.fixture.covet.objects(Post.class).get("id", postId);
			switch (this.operation) {
				case "set" -> post.tags.set(this.target);
				case "clear" -> post.tags.clear();
				default -> post.tags.add(this.target.toArray());
			}
			return post.id;
		});
	}

	private long hibernate(long postId) {
		try (Session session = this.fixture.hibernate.openSession()) {
			Transaction transaction = session.beginTransaction();
			HPost post = session.find(HPost.class, postId);
			switch (this.operation) {
				case "set" -> {
					Set<Long> wanted = new HashSet<>(this.target);
					post.tags.removeIf(tag -> !wanted.contains(tag.id));
					addReferences(session, post);
				}
				case "clear" -> post.tags.clear();
				default -> addReferences(session, post);
			}
			transaction.commit();
			return post.id;
		}
	}

	private void addReferences(Session session, HPost post) {
		for (Long tagId : this.target) {
			post.tags.add(session.getReference(HTag.class, tagId));
		}
	}

	/**
	 * Set: read the post's tag keys, delete only the extra pairs, insert only the missing ones; add: one multi-row
	 * INSERT skipping existing pairs; clear: one DELETE.
	 */
	private long jdbc(long postId) throws Exception {
		try (Connection connection = this.fixture.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			switch (this.operation) {
				case "set" -> {
					Set<Long> current = new HashSet<>();
					try (PreparedStatement ps = connection.prepareStatement("SELECT tag_id FROM post_tags WHERE post_id = ?")) {
						ps.setLong(1, postId);
						try (ResultSet rs = ps.executeQuery()) {
							while (rs.next()) {
								current.add(rs.getLong(1));
							}
						}
					}
					Set<Long> wanted = new HashSet<>(this.target);
					List<Long> extra = current.stream().filter(tag -> !wanted.contains(tag)).toList();
					KeyLists.update(this.fixture, connection, "DELETE FROM post_tags WHERE post_id = " + postId + " AND tag_id",
							"", extra);
					insertPairs(connection, postId, this.target.stream().filter(tag -> !current.contains(tag)).toList());
				}
				case "clear" -> {
					try (PreparedStatement ps = connection.prepareStatement("DELETE FROM post_tags WHERE post_id = ?")) {
						ps.setLong(1, postId);
						ps.executeUpdate();
					}
				}
				default -> insertPairs(connection, postId, this.target);
			}
			connection.commit();
			return postId;
		}
	}

	private void insertPairs(Connection connection, long postId, List<Long> tags) throws Exception {
		if (tags.isEmpty()) {
			return;
		}
		String conflict = this.fixture.database.equals("mariadb") ? " ON DUPLICATE KEY UPDATE tag_id = tag_id"
				: " ON CONFLICT DO NOTHING";
		try (PreparedStatement ps = connection.prepareStatement("INSERT INTO post_tags (post_id, tag_id) VALUES "
				+ "(?, ?), ".repeat(tags.size() - 1) + "(?, ?)" + conflict)) {
			int parameter = 0;
			for (Long tag : tags) {
				ps.setLong(++parameter, postId);
				ps.setLong(++parameter, tag);
			}
			ps.executeUpdate();
		}
	}
}
