package io.covet.relations.m2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.covet.relations.m2m.M2mModels.Post;
import io.covet.relations.m2m.M2mModels.Tag;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.SqlitePlans;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;

/**
 * A many-to-many prefetch reads the owners' link rows first and each target by key, whatever the planner's statistics
 * say. With as many tags as posts and statistics from {@code ANALYZE}, SQLite planned the plain join of 5,000 posts'
 * tags as a loop over every tag that probed the link table once per tag and post key: seconds, not milliseconds.
 */
@Models({ Post.class, Tag.class })
class ManyToManyPrefetchPlanTests {

	private static final int POSTS = 5_000;

	private static final int TAGS_PER_POST = 5;

	/** The tags of a post: five different ones of the {@link #POSTS} tags, spread so that each tag has five posts. */
	private static Set<Long> tagIdsOf(long postIndex, List<Tag> tags) {
		Set<Long> ids = new TreeSet<>();
		for (int i = 0; i < TAGS_PER_POST; i++) {
			ids.add(tags.get((int) ((postIndex * TAGS_PER_POST + i) * 7_919 % POSTS)).id);
		}
		return ids;
	}

	@DatabaseTest
	void readsTheOwnersLinksFirstWhateverTheStatistics(TestDatabase db) {
		List<Tag> tags = new ArrayList<>();
		List<Post> posts = new ArrayList<>();
		for (int i = 0; i < POSTS; i++) {
			tags.add(new Tag("tag " + i));
			posts.add(new Post("post " + i));
		}
		db.repo(Tag.class).bulkCreate(tags);
		db.repo(Post.class).bulkCreate(posts);
		List<Object[]> links = new ArrayList<>();
		for (int i = 0; i < POSTS; i++) {
			for (Long tagId : tagIdsOf(i, tags)) {
				links.add(new Object[] { posts.get(i).id, tagId });
			}
		}
		// One transaction: SQLite would otherwise commit each of the 25,000 rows to disk.
		new TransactionTemplate(new JdbcTransactionManager(db.dataSource()))
			.executeWithoutResult(status -> db.jdbc().batchUpdate("INSERT INTO m_post_tags (post_id, tag_id) VALUES (?, ?)", links));
		db.jdbc().execute(db.is(TestTarget.MARIADB) ? "ANALYZE TABLE m_post, m_tag, m_post_tags" : "ANALYZE");

		List<Post> loaded = new ArrayList<>();
		List<String> statements = db.queries()
			.record(() -> loaded.addAll(db.<Post, Long>repo(Post.class).objects().orderBy("id").prefetchRelated("tags").list()));

		assertThat(statements).hasSize(2);
		for (int i = 0; i < POSTS; i++) {
			Set<Long> ids = new TreeSet<>();
			loaded.get(i).tags.all().forEach(tag -> ids.add(tag.id));
			assertThat(ids).isEqualTo(tagIdsOf(i, tags));
		}
		if (db.is(TestTarget.SQLITE)) {
			List<Long> keys = loaded.stream().map(post -> post.id).toList();
			assertThat(SqlitePlans.firstStep(db, statements.get(1), keys))
				.matches("(SCAN|SEARCH) " + linkAlias(statements.get(1)) + "\\b.*");
		}
	}

	/** The alias the statement gives the link table. */
	private static String linkAlias(String sql) {
		Matcher matcher = Pattern.compile("\"m_post_tags\" (t\\d+)").matcher(sql);
		assertThat(matcher.find()).as("link table in %s", sql).isTrue();
		return matcher.group(1);
	}
}
