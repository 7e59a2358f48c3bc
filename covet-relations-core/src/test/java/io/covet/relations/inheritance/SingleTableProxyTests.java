package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A proxy of a class in a single-table hierarchy stands for that class's rows: it writes the class's discriminator
 * value and sees the rows the class sees.
 */
@Models({ SingleTableProxyTests.Sheet.class, SingleTableProxyTests.Form.class, SingleTableProxyTests.SheetView.class,
		SingleTableProxyTests.FormView.class })
class SingleTableProxyTests {

	@Model(table = "sp_sheet")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Sheet {

		@Id
		Long id;

		String title;

		Sheet() {
		}

		Sheet(String title) {
			this.title = title;
		}
	}

	@Model
	static class Form extends Sheet {

		Form() {
		}

		Form(String title) {
			super(title);
		}
	}

	@Model
	@Proxy
	static class SheetView extends Sheet {
	}

	@Model
	@Proxy
	static class FormView extends Form {
	}

	@DatabaseTest
	void aProxyWritesTheDiscriminatorOfTheClassItStandsFor(TestDatabase db) {
		SheetView sheet = new SheetView();
		sheet.title = "through the root's proxy";
		db.repo(SheetView.class).save(sheet);
		FormView form = new FormView();
		form.title = "through the child's proxy";
		db.repo(FormView.class).save(form);

		assertThat(db.<Sheet, Long>repo(Sheet.class).findById(sheet.id).orElseThrow().getClass()).isEqualTo(Sheet.class);
		assertThat(db.<Sheet, Long>repo(Sheet.class).findById(form.id).orElseThrow().getClass()).isEqualTo(Form.class);
	}

	@DatabaseTest
	void aProxyOfASingleTableChildSeesOnlyTheChildsRows(TestDatabase db) {
		db.repo(Sheet.class).save(new Sheet("plain"));
		db.repo(Form.class).save(new Form("form"));

		assertThat(db.<FormView, Long>repo(FormView.class).objects().list()).extracting(view -> view.title)
			.containsExactly("form");
		assertThat(db.repo(FormView.class).objects().count()).isEqualTo(1);
		assertThat(db.repo(SheetView.class).objects().count()).isEqualTo(2);
		db.repo(FormView.class).objects().delete();
		assertThat(db.<Sheet, Long>repo(Sheet.class).objects().list()).extracting(sheet -> sheet.title)
			.containsExactly("plain");
	}
}
