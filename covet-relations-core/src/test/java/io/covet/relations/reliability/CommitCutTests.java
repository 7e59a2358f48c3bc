package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.covet.relations.CovetRelations;
import io.covet.relations.reliability.FaultModels.Post;
import io.covet.relations.reliability.FaultModels.Tag;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;

/**
 * The network fails exactly when the client sends COMMIT: a {@link TcpRelay} between the pool and the server cuts
 * both sockets, once before passing the COMMIT on (the server never sees it) and once right after (the server may
 * commit, but its answer never arrives). The client cannot know the outcome: the transaction may or may not have
 * committed. What must hold: the caller gets a Spring exception, the database holds the complete before-state or the
 * complete after-state of the many-to-many {@code set()} (never a part of it), the dead connection leaves the pool,
 * and the next call, through a fresh connection, works. SQLite has no network.
 */
@Models({ Post.class, Tag.class })
class CommitCutTests {

	private static final List<String> WANTED = List.of("t3", "t4", "t5", "t6");

	@DatabaseTest
	void aSocketCutBeforeTheCommitReachesTheServer(TestDatabase db) throws Exception {
		cutAtCommit(db, false);
	}

	@DatabaseTest
	void aSocketCutRightAfterTheCommitWasSent(TestDatabase db) throws Exception {
		cutAtCommit(db, true);
	}

	private static void cutAtCommit(TestDatabase db, boolean forward) throws Exception {
		if (db.is(TestTarget.SQLITE)) {
			return; // an embedded database has no socket to cut
		}
		seed(db);
		TableSnapshot before = TableSnapshot.of(db);
		Map<String, List<String>> beforePairs = pairs(db);
		HikariDataSource pooled = (HikariDataSource) db.dataSource();
		URI server = URI.create(pooled.getJdbcUrl().substring("jdbc:".length()));
		try (TcpRelay relay = TcpRelay.to(server.getHost(), server.getPort());
				HikariDataSource pool = relayed(pooled, relay)) {
			CovetRelations relations = db.build(pool, builder -> {
			});
			Post post = relations.<Post, Long>repository(Post.class).get("title", "p");
			List<Tag> wanted = relations.objects(Tag.class).filter("name__in", WANTED).list();
			relay.cutWhenClientSends("COMMIT", forward);
			Throwable failure = catchThrowable(() -> post.tags.set(wanted));
			assertThat(relay.hasCut()).as("the relay saw the COMMIT").isTrue();
			assertThat(failure).isInstanceOfAny(DataAccessException.class, TransactionException.class);
			assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections checked out").isZero();

			boolean committed = !TableSnapshot.of(db).equals(before);
			if (committed) {
				Map<String, List<String>> after = new TreeMap<>(beforePairs);
				after.put("p", WANTED);
				assertThat(pairs(db)).as("the complete after-state").isEqualTo(after);
			}
			System.out.printf("[faults] socket cut %s forwarding COMMIT on %s: %s, %s%n", forward ? "after" : "before", db,
					committed ? "committed" : "rolled back", failure.getClass().getSimpleName());

			// The next call gets a fresh connection (the dead one was evicted) and works.
			relations.<Post, Long>repository(Post.class).get("title", "p").tags.set(List.of(wanted.get(0)));
			assertThat(pairs(db)).containsEntry("p", List.of(WANTED.get(0)));
			assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
		}
	}

	/** A small pool like the test database's, whose connections go through the relay. */
	private static HikariDataSource relayed(HikariDataSource pooled, TcpRelay relay) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(pooled.getJdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + relay.port() + "/"));
		config.setUsername(pooled.getUsername());
		config.setPassword(pooled.getPassword());
		config.setMaximumPoolSize(2);
		config.setPoolName("covet-relay");
		return new HikariDataSource(config);
	}

	private static void seed(TestDatabase db) {
		List<Tag> tags = db.repo(Tag.class)
			.bulkCreate(List.of(new Tag("t1"), new Tag("t2"), new Tag("t3"), new Tag("t4"), new Tag("t5"), new Tag("t6")));
		Post post = db.<Post, Long>repo(Post.class).save(new Post("p"));
		post.tags.add(tags.get(0), tags.get(1), tags.get(2));
		Post other = db.<Post, Long>repo(Post.class).save(new Post("q"));
		other.tags.add(tags.get(0), tags.get(4));
	}

	/** Tag names of each post, sorted: the relation's state whatever keys its pair rows were given. */
	private static Map<String, List<String>> pairs(TestDatabase db) {
		Map<String, List<String>> pairs = new TreeMap<>();
		for (Post post : db.relations().objects(Post.class).list()) {
			pairs.put(post.title, db.repo(Tag.class).filter("posts__title", post.title).orderBy("name").list().stream()
				.map(tag -> tag.name)
				.toList());
		}
		return pairs;
	}
}
