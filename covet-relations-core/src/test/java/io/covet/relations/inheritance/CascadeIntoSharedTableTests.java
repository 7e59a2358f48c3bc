package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A cascade into a table that nothing references directly, but whose single-table child or proxy is referenced: the
 * rows must be read and their relatives' relations followed, not deleted by their foreign key alone (which left the
 * generic rows behind and failed on the keys to the child's and the proxy's rows).
 */
@Models({ CascadeIntoSharedTableTests.Shelf.class, CascadeIntoSharedTableTests.Item.class,
		CascadeIntoSharedTableTests.Gadget.class, CascadeIntoSharedTableTests.ItemView.class,
		CascadeIntoSharedTableTests.GadgetNote.class, CascadeIntoSharedTableTests.ViewNote.class,
		CascadeIntoSharedTableTests.Tag.class })
class CascadeIntoSharedTableTests {

	@Model(table = "cs_shelf")
	static class Shelf {

		@Id
		Long id;

		String name;
	}

	@Model(table = "cs_item")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Item {

		@Id
		Long id;

		@ForeignKey(relatedName = "items", onDelete = OnDelete.CASCADE)
		Ref<Shelf> shelf = Ref.none();

		String label;
	}

	@Model
	static class Gadget extends Item {

		@GenericRelation(Tag.class)
		RelatedManager<Tag> tags = RelatedManager.unbound();
	}

	@Model
	@Proxy
	static class ItemView extends Item {
	}

	@Model(table = "cs_gadget_note")
	static class GadgetNote {

		@Id
		Long id;

		@ForeignKey(relatedName = "notes", onDelete = OnDelete.CASCADE)
		Ref<Gadget> gadget = Ref.none();
	}

	@Model(table = "cs_view_note")
	static class ViewNote {

		@Id
		Long id;

		@ForeignKey(relatedName = "viewNotes", onDelete = OnDelete.CASCADE)
		Ref<ItemView> item = Ref.none();
	}

	@Model(table = "cs_tag")
	static class Tag {

		@Id
		Long id;

		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();

		Long objectId;

		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();
	}

	@DatabaseTest
	void deletingTheShelfFollowsTheRelationsOfEveryClassOfTheItemsTable(TestDatabase db) {
		Shelf shelf = new Shelf();
		shelf.name = "top";
		db.repo(Shelf.class).save(shelf);
		Gadget gadget = new Gadget();
		gadget.label = "lamp";
		gadget.shelf = Ref.to(shelf);
		db.repo(Gadget.class).save(gadget);
		GadgetNote gadgetNote = new GadgetNote();
		gadgetNote.gadget = Ref.to(gadget);
		db.repo(GadgetNote.class).save(gadgetNote);
		Tag tag = new Tag();
		tag.target = GenericRef.to(gadget);
		db.repo(Tag.class).save(tag);
		Item item = new Item();
		item.label = "box";
		item.shelf = Ref.to(shelf);
		db.repo(Item.class).save(item);
		ViewNote viewNote = new ViewNote();
		viewNote.item = Ref.to(db.<ItemView, Long>repo(ItemView.class).findById(item.id).orElseThrow());
		db.repo(ViewNote.class).save(viewNote);

		assertThat(db.repo(Shelf.class).objects().explainDelete().deletes()).containsEntry("Shelf", 1L)
			.containsEntry("Item", 2L)
			.containsEntry("GadgetNote", 1L)
			.containsEntry("ViewNote", 1L)
			.containsEntry("Tag", 1L);
		db.repo(Shelf.class).filter("id", shelf.id).delete();

		assertThat(db.rows("cs_item") + db.rows("cs_gadget_note") + db.rows("cs_view_note") + db.rows("cs_tag")).isZero();
	}
}
