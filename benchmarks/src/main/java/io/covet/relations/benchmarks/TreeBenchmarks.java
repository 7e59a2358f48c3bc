package io.covet.relations.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;

import io.covet.relations.benchmarks.BenchModels.AdjacencyNode;
import io.covet.relations.benchmarks.BenchModels.NestedNode;
import io.covet.relations.benchmarks.BenchModels.PathNode;
import io.covet.relations.benchmarks.BenchModels.TreeNode;
import io.covet.relations.benchmarks.HibernateModels.HAdjacencyNode;
import io.covet.relations.benchmarks.HibernateModels.HNestedNode;
import io.covet.relations.benchmarks.HibernateModels.HPathNode;
import io.covet.relations.relation.Ref;
import io.covet.relations.tree.TreeManager;

/**
 * Workload 7: every descendant of the root of a 100,000-node tree with fan-out 10, for each tree strategy, ordered
 * by depth then key (Covet's order). JDBC runs the query each encoding calls for (a recursive CTE over parent keys, a
 * path prefix, a bounds range) and maps each node's whole row to a plain record, as a RowMapper would and as every
 * other workload's floor does; Hibernate loads whole entities, with a native recursive query for the adjacency list
 * and HQL for the other two. No naive column: level-by-level loading would be 100,000 statements.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TreeBenchmarks {

	@Param({ "sqlite", "postgresql", "mariadb" })
	public String database;

	@Param({ "adjacencyList", "materializedPath", "nestedSets" })
	public String strategy;

	@Param({ "100000" })
	public int nodes;

	@Param({ "10" })
	public int fanOut;

	private Fixture fixture;

	private TreeManager<TreeNode> tree;

	private TreeNode root;

	/** The floor's statement for this strategy, worked out once per trial. */
	private FloorQuery floor;

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws Exception {
		switch (this.strategy) {
			case "adjacencyList" -> load(AdjacencyNode.class, HAdjacencyNode.class, AdjacencyNode::new);
			case "materializedPath" -> load(PathNode.class, HPathNode.class, PathNode::new);
			case "nestedSets" -> load(NestedNode.class, HNestedNode.class, NestedNode::new);
			default -> throw new IllegalArgumentException("Unknown strategy " + this.strategy);
		}
		this.floor = floorQuery();
		this.fixture.analyze();
		new TrialCheck(params, "treeDescendants").column("covet", this::treeDescendantsCovet)
			.column("jdbc", this::treeDescendantsJdbc)
			.column("hibernate", this::treeDescendantsHibernate)
			.verify();
	}

	/**
	 * Node {@code i} (named after it) is the child of node {@code (i - 1) / fanOut}: saved level by level so that
	 * parents have keys, then the strategy's encoding is built with {@code rebuild()}.
	 */
	@SuppressWarnings("unchecked")
	private <T extends TreeNode> void load(Class<T> type, Class<?> entity, Supplier<T> factory) throws Exception {
		this.fixture = new Fixture(this.database, List.of(type), List.of(entity));
		List<T> all = new ArrayList<>();
		int[] depth = new int[this.nodes];
		for (int i = 0; i < this.nodes; i++) {
			T node = factory.get();
			name(node, "Node " + i);
			all.add(node);
			depth[i] = (i == 0) ? 0 : depth[(i - 1) / this.fanOut] + 1;
		}
		for (int level = 0; level <= depth[this.nodes - 1]; level++) {
			List<T> batch = new ArrayList<>();
			for (int i = 0; i < this.nodes; i++) {
				if (depth[i] == level) {
					if (i > 0) {
						parent(all.get(i), all.get((i - 1) / this.fanOut));
					}
					batch.add(all.get(i));
				}
			}
			this.fixture.covet.repository(type).bulkCreate(batch);
		}
		this.tree = (TreeManager<TreeNode>) this.fixture.covet.tree(type);
		this.tree.rebuild();
		this.root = this.fixture.covet.objects(type).get("name", "Node 0");
	}

	private static void name(TreeNode node, String name) {
		if (node instanceof AdjacencyNode adjacency) {
			adjacency.name = name;
		}
		else if (node instanceof PathNode path) {
			path.name = name;
		}
		else {
			((NestedNode) node).name = name;
		}
	}

	private static void parent(TreeNode node, TreeNode parent) {
		if (node instanceof AdjacencyNode adjacency) {
			adjacency.parent = Ref.to((AdjacencyNode) parent);
		}
		else if (node instanceof PathNode path) {
			path.parent = Ref.to((PathNode) parent);
		}
		else {
			((NestedNode) node).parent = Ref.to((NestedNode) parent);
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.fixture.close();
	}

	private static long nodeChecksum(long position, long id, String name) {
		return position * 1_000_003 + id * 7 + name.length();
	}

	@Benchmark
	public long treeDescendantsCovet() {
		long checksum = 0;
		long position = 0;
		for (TreeNode node : this.tree.descendants(this.root)) {
			checksum += nodeChecksum(position++, node.id(), node.name());
		}
		return checksum;
	}

	/** A node as the hand-written column builds it: every column of its table, the parent as a nullable key. */
	sealed interface NodeRow permits AdjacencyRow, PathRow, NestedRow {

		long id();

		String name();
	}

	record AdjacencyRow(long id, String name, Long parentId) implements NodeRow {
	}

	record PathRow(long id, String name, Long parentId, String path, int depth) implements NodeRow {
	}

	record NestedRow(long id, String name, Long parentId, int lft, int rgt, int depth) implements NodeRow {
	}

	/** The floor's SQL for one strategy, how it binds the root, and how it maps a row (columns in table order). */
	record FloorQuery(String sql, PreparedStatementSetter parameters, RowMapper<NodeRow> mapper) {
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	@Benchmark
	public long treeDescendantsJdbc() throws Exception {
		try (Connection connection = this.fixture.dataSource.getConnection();
				PreparedStatement ps = connection.prepareStatement(this.floor.sql())) {
			this.floor.parameters().setValues(ps);
			List<NodeRow> rows = new ArrayList<>();
			try (ResultSet rs = ps.executeQuery()) {
				int rowNum = 0;
				while (rs.next()) {
					rows.add(this.floor.mapper().mapRow(rs, rowNum++));
				}
			}
			long checksum = 0;
			long position = 0;
			for (NodeRow row : rows) {
				checksum += nodeChecksum(position++, row.id(), row.name());
			}
			return checksum;
		}
	}

	private FloorQuery floorQuery() {
		long rootId = this.root.id();
		return switch (this.strategy) {
			case "adjacencyList" -> new FloorQuery(adjacencySql("id", "name", "parent_id"), ps -> ps.setLong(1, rootId),
					(rs, rowNum) -> new AdjacencyRow(rs.getLong(1), rs.getString(2), nullableLong(rs, 3)));
			case "materializedPath" -> {
				String prefix = ((PathNode) this.root).path + "%";
				yield new FloorQuery(
						"SELECT id, name, parent_id, path, depth FROM t_path WHERE path LIKE ? AND id <> ? ORDER BY depth, id",
						ps -> {
							ps.setString(1, prefix);
							ps.setLong(2, rootId);
						}, (rs, rowNum) -> new PathRow(rs.getLong(1), rs.getString(2), nullableLong(rs, 3),
								rs.getString(4), rs.getInt(5)));
			}
			default -> {
				NestedNode bounds = (NestedNode) this.root;
				yield new FloorQuery("SELECT id, name, parent_id, lft, rgt, depth FROM t_nested WHERE lft > ? AND rgt < ?"
						+ " ORDER BY depth, id", ps -> {
							ps.setInt(1, bounds.lft);
							ps.setInt(2, bounds.rgt);
						}, (rs, rowNum) -> new NestedRow(rs.getLong(1), rs.getString(2), nullableLong(rs, 3),
								rs.getInt(4), rs.getInt(5), rs.getInt(6)));
			}
		};
	}

	/**
	 * Descendants by parent key, level by level, in one recursive statement returning the named columns of each row,
	 * ordered by depth then key. On MariaDB the walk carries keys only and joins the rows back: MariaDB keeps a
	 * recursive query's rows in a MEMORY table of fixed-width rows (a VARCHAR(255) takes its full width), so carrying
	 * the name is slower there, as Covet's MariaDB dialect knows; elsewhere the walk carries the columns.
	 */
	private String adjacencySql(String... names) {
		boolean keysOnly = "mariadb".equals(this.database);
		List<String> carried = keysOnly ? List.of("id") : List.of(names);
		String walk = "WITH RECURSIVE descendant (" + String.join(", ", carried) + ", depth) AS (SELECT "
				+ String.join(", ", carried) + ", 1 FROM t_adjacency WHERE parent_id = ? UNION ALL SELECT child."
				+ String.join(", child.", carried) + ", descendant.depth + 1 FROM t_adjacency child"
				+ " JOIN descendant ON child.parent_id = descendant.id) ";
		if (!keysOnly) {
			return walk + "SELECT " + String.join(", ", names) + " FROM descendant ORDER BY depth, id";
		}
		return walk + "SELECT n." + String.join(", n.", names)
				+ " FROM descendant JOIN t_adjacency n ON n.id = descendant.id ORDER BY descendant.depth, n.id";
	}

	@Benchmark
	public long treeDescendantsHibernate() {
		try (Session session = this.fixture.hibernate.openSession()) {
			session.setDefaultReadOnly(true);
			long checksum = 0;
			long position = 0;
			switch (this.strategy) {
				case "adjacencyList" -> {
					for (HAdjacencyNode node : session
						.createNativeQuery(adjacencySql("id", "name", "parent_id"), HAdjacencyNode.class)
						.setParameter(1, this.root.id())
						.setReadOnly(true)
						.getResultList()) {
						checksum += nodeChecksum(position++, node.id, node.name);
					}
				}
				case "materializedPath" -> {
					for (HPathNode node : session
						.createSelectionQuery("select n from HPathNode n where n.path like :prefix and n.id <> :id"
								+ " order by n.depth, n.id", HPathNode.class)
						.setParameter("prefix", ((PathNode) this.root).path + "%")
						.setParameter("id", this.root.id())
						.setReadOnly(true)
						.getResultList()) {
						checksum += nodeChecksum(position++, node.id, node.name);
					}
				}
				default -> {
					for (HNestedNode node : session
						.createSelectionQuery("select n from HNestedNode n where n.lft > :lft and n.rgt < :rgt"
								+ " order by n.depth, n.id", HNestedNode.class)
						.setParameter("lft", ((NestedNode) this.root).lft)
						.setParameter("rgt", ((NestedNode) this.root).rgt)
						.setReadOnly(true)
						.getResultList()) {
						checksum += nodeChecksum(position++, node.id, node.name);
					}
				}
			}
			return checksum;
		}
	}
}
