package io.covet.relations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

import io.covet.relations.CovetRelations;
import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Tree;
import io.covet.relations.annotation.Tree.TreeStrategy;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.tree.TreeManager;

/**
 * An operation the library rolls back itself takes back what it wrote into the instances (found by review): before,
 * the keys of rolled-back INSERTs stayed on them, and on SQLite, whose key counter rolls back too, the next row saved
 * took such a key, so saving the failed instance again overwrote that row. A transaction of the caller's own that
 * rolls back leaves the instances as they are, as Django's does.
 */
@Models({ RolledBackKeysTests.Writer.class, RolledBackKeysTests.Place.class, RolledBackKeysTests.Shop.class,
		RolledBackKeysTests.Label.class, RolledBackKeysTests.Folder.class })
class RolledBackKeysTests {

	@Model(table = "rbk_writer")
	static class Writer {
		@Id
		Long id;
		@Column(unique = true)
		String name;

		Writer() {
		}

		Writer(String name) {
			this.name = name;
		}
	}

	@Model(table = "rbk_place")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Place {
		@Id
		Long id;
		String name;
	}

	@Model(table = "rbk_shop")
	static class Shop extends Place {
		@Column(unique = true)
		String code;

		Shop() {
		}

		Shop(String code) {
			this.name = "shop " + code;
			this.code = code;
		}
	}

	@Model(table = "rbk_label")
	static class Label {
		@Id
		Long id;
		@Column(unique = true)
		String caption;
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		String objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();

		Label() {
		}

		Label(String caption, Object target) {
			this.caption = caption;
			this.target = target == null ? GenericRef.none() : GenericRef.to(target);
		}
	}

	@Model(table = "rbk_folder")
	@Tree(TreeStrategy.NESTED_SET)
	static class Folder {
		@Id
		Long id;
		String name;
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Folder> parent = Ref.none();
		int lft;
		int rgt;
		int depth;

		Folder() {
		}

		Folder(String name) {
			this.name = name;
		}
	}

	/** A transaction manager that rolls back instead of committing while {@link #refuse} is set. */
	static final class RefusingCommits extends JdbcTransactionManager {

		private static final long serialVersionUID = 1L;

		boolean refuse;

		RefusingCommits(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			if (this.refuse) {
				doRollback(status);
				throw new TransactionSystemException("commit refused");
			}
			super.doCommit(status);
		}
	}

	@DatabaseTest
	void aRolledBackSaveAllLeavesNoKeyBehind(TestDatabase db) {
		CovetRepository<Writer, Long> writers = db.repo(Writer.class);
		writers.save(new Writer("Dup"));
		Writer ann = new Writer("Ann");
		assertThatThrownBy(() -> writers.saveAll(List.of(ann, new Writer("Dup"))))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(ann.id).isNull();
		// SQLite hands the rolled-back key out again: a key left on ann would name bob's row.
		Writer bob = writers.save(new Writer("Bob"));
		writers.save(ann);
		assertThat(writers.findById(bob.id).orElseThrow().name).isEqualTo("Bob");
		assertThat(writers.count()).isEqualTo(3);
	}

	@DatabaseTest
	void aRolledBackBulkCreateLeavesNoKeyBehind(TestDatabase db) {
		CovetRepository<Writer, Long> writers = db.repo(Writer.class);
		writers.save(new Writer("Dup"));
		List<Writer> batch = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			batch.add(new Writer("w" + i));
		}
		batch.add(new Writer("Dup"));
		assertThatThrownBy(() -> writers.bulkCreate(batch)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(batch).allSatisfy(writer -> assertThat(writer.id).isNull());
		writers.bulkCreate(batch.subList(0, 1500));
		assertThat(writers.count()).isEqualTo(1501);
	}

	@DatabaseTest
	void aMultiTableSaveWhoseChildRowFailsLeavesNoParentKeyBehind(TestDatabase db) {
		CovetRepository<Shop, Long> shops = db.repo(Shop.class);
		shops.save(new Shop("A"));
		Shop twin = new Shop("A");
		assertThatThrownBy(() -> shops.save(twin)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(twin.id).isNull();
		Shop b = shops.save(new Shop("B"));
		twin.code = "C";
		shops.save(twin);
		assertThat(shops.findById(b.id).orElseThrow().code).isEqualTo("B");
		assertThat(shops.count()).isEqualTo(3);
		assertThat(db.rows("rbk_place")).isEqualTo(3);
	}

	@DatabaseTest
	void aRolledBackSaveLeavesNoGenericKeyColumnsBehind(TestDatabase db) {
		Writer writer = db.<Writer, Long>repo(Writer.class).save(new Writer("w"));
		CovetRepository<Label, Long> labels = db.repo(Label.class);
		labels.save(new Label("taken", writer));
		Label label = new Label("fresh", writer);
		assertThatThrownBy(() -> labels.saveAll(List.of(label, new Label("taken", null))))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(label.id).isNull();
		assertThat(label.contentType.isNull()).isTrue();
		assertThat(label.objectId).isNull();
		labels.save(label);
		assertThat(labels.objects().get("caption", "fresh").target.fetch()).isInstanceOf(Writer.class);
	}

	@DatabaseTest
	void aTreeInsertWhoseCommitFailsLeavesNoKeyOrTreeFieldsBehind(TestDatabase db) {
		RefusingCommits commits = new RefusingCommits(db.dataSource());
		CovetRelations relations = db.build(builder -> builder.transactionManager(commits));
		TreeManager<Folder> tree = relations.tree(Folder.class);
		Folder root = tree.insert(new Folder("root"), null);
		Folder child = new Folder("child");
		commits.refuse = true;
		assertThatThrownBy(() -> tree.insert(child, root)).isInstanceOf(TransactionSystemException.class);
		commits.refuse = false;
		assertThat(child.id).isNull();
		assertThat(child.parent.isNull()).isTrue();
		assertThat(List.of(child.lft, child.rgt, child.depth)).containsExactly(0, 0, 0);
		tree.insert(child, root);
		assertThat(tree.verify()).isEmpty();
		assertThat(tree.children(root)).extracting(folder -> folder.name).containsExactly("child");
	}

	/** Django's behaviour for a transaction of the caller's own: its rollback leaves the keys the saves gave. */
	@DatabaseTest
	void theCallersOwnRollbackLeavesTheKeys(TestDatabase db) {
		CovetRelations relations = db.relations();
		CovetRepository<Writer, Long> writers = relations.repository(Writer.class);
		Writer cy = new Writer("Cy");
		assertThatThrownBy(() -> relations.inTransaction(() -> {
			writers.saveAll(List.of(cy));
			throw new IllegalStateException("changed my mind");
		})).hasMessage("changed my mind");
		assertThat(cy.id).isNotNull();
		assertThat(writers.count()).isZero();
	}
}
