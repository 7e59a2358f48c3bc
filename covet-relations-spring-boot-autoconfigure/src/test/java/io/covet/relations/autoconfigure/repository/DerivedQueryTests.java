package io.covet.relations.autoconfigure.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.CovetRelationsAutoConfiguration;
import io.covet.relations.autoconfigure.SqliteFiles;
import io.covet.relations.autoconfigure.models.Label;
import io.covet.relations.autoconfigure.models.Note;
import io.covet.relations.autoconfigure.models.NoteRepository;
import io.covet.relations.autoconfigure.models.Notebook;
import io.covet.relations.autoconfigure.models.NotebookRepository;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.UnknownFieldException;
import io.covet.relations.relation.Ref;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Repository methods derived from their names: paths across every kind of relation, {@code Sort}, {@code Limit}
 * and {@code Pageable} parameters, and names that cannot be honoured refused when the repository is created. The
 * queries run on every test database.
 */
@Models({ Label.class, Notebook.class, Note.class })
class DerivedQueryTests {

	/**
	 * The auto-configuration on the test class's own database (its tables made by {@link Models}). The pool stays the
	 * extension's: the context gets a delegate, which it does not close.
	 */
	private static ApplicationContextRunner runner(TestDatabase db) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceTransactionManagerAutoConfiguration.class,
					CovetRelationsAutoConfiguration.class))
			.withBean(DataSource.class, () -> new DelegatingDataSource(db.dataSource()))
			.withPropertyValues("covet.relations.model-packages=io.covet.relations.autoconfigure.models",
					"covet.relations.repository-packages=io.covet.relations.autoconfigure.models");
	}

	/** Ideas (label work; note "idea one"), Recipes (label home; note "buy flour"), Travel ideas (label work; note "plan trip"). */
	private static void seed(CovetRelations relations) {
		Label work = label(relations, "work");
		Label home = label(relations, "home");
		notebook(relations, "Ideas", work, "idea one");
		notebook(relations, "Recipes", home, "buy flour");
		notebook(relations, "Travel ideas", work, "plan trip");
	}

	private static Label label(CovetRelations relations, String name) {
		Label label = new Label();
		label.name = name;
		return relations.repository(Label.class).save(label);
	}

	private static void notebook(CovetRelations relations, String title, Label label, String noteText) {
		Notebook notebook = new Notebook();
		notebook.title = title;
		relations.repository(Notebook.class).save(notebook);
		notebook.labels.add(label);
		Note note = new Note();
		note.text = noteText;
		note.notebook = Ref.to(notebook);
		relations.repository(Note.class).save(note);
	}

	private static List<String> titles(Iterable<Notebook> notebooks) {
		List<String> titles = new ArrayList<>();
		notebooks.forEach(notebook -> titles.add(notebook.title));
		return titles;
	}

	@DatabaseTest
	void namesFollowForeignKeysReverseKeysAndManyToMany(TestDatabase db) {
		runner(db).run(context -> {
			seed(context.getBean(CovetRelations.class));
			NoteRepository notes = context.getBean(NoteRepository.class);
			NotebookRepository notebooks = context.getBean(NotebookRepository.class);

			assertThat(notes.findByNotebookTitle("Recipes")).extracting(n -> n.text).containsExactly("buy flour");
			assertThat(notes.countByNotebook_TitleIgnoreCase("travel IDEAS")).isEqualTo(1);
			assertThat(notes.findByNotebookLabelsNameOrderByNotebookTitleDescTextAsc("work")).extracting(n -> n.text)
				.containsExactly("plan trip", "idea one");
			assertThat(notes.findFirstByTextStartingWithOrderByIdDesc("p")).map(n -> n.text).contains("plan trip");
			assertThat(titles(notebooks.findByNotesTextContaining("flour"))).containsExactly("Recipes");
			assertThat(titles(notebooks.findByLabelsNameOrderByTitleAsc("work"))).containsExactly("Ideas", "Travel ideas");
			assertThat(titles(notebooks.findByTitleNotIgnoreCase("IDEAS"))).containsExactlyInAnyOrder("Recipes",
					"Travel ideas");
			assertThat(titles(notebooks.findDistinctByLabelsName("work"))).containsExactlyInAnyOrder("Ideas", "Travel ideas");
			assertThat(titles(notebooks.findTop1ByTitleContainingAllIgnoreCaseOrderByTitleDesc("IDEA")))
				.containsExactly("Travel ideas");
			assertThat(notebooks.existsByNotesTextContaining("trip")).isTrue();
			assertThat(notebooks.existsByNotesTextContaining("nothing")).isFalse();
			List<Long> ids = notebooks.findAll().stream().map(n -> n.id).toList();
			assertThat(titles(notebooks.findByIdInOrderByIdDesc(ids.subList(0, 2)))).containsExactly("Recipes", "Ideas");
			assertThat(notebooks.countByTitleContaining("deas")).isEqualTo(2);
			assertThat(notebooks.deleteByLabelsName("work")).isEqualTo(2); // their notes and links go too, uncounted
			assertThat(titles(notebooks.findAll())).containsExactly("Recipes");
		});
	}

	@DatabaseTest
	void underscoresAndCamelCaseMixInOnePath(TestDatabase db) {
		runner(db).run(context -> {
			seed(context.getBean(CovetRelations.class));
			NoteRepository notes = context.getBean(NoteRepository.class);

			assertThat(notes.findByNotebook_LabelsNameOrderByTextAsc("work")).extracting(n -> n.text)
				.containsExactly("idea one", "plan trip");
			assertThat(notes.countByNotebookLabels_Name("home")).isEqualTo(1);
		});
	}

	@DatabaseTest
	void sortLimitAndPageableArgumentsShapeTheResult(TestDatabase db) {
		runner(db).run(context -> {
			seed(context.getBean(CovetRelations.class));
			NotebookRepository notebooks = context.getBean(NotebookRepository.class);

			assertThat(titles(notebooks.findByTitleIsNotNull(Sort.by(Sort.Direction.DESC, "title")))).containsExactly(
					"Travel ideas", "Recipes", "Ideas");
			assertThatThrownBy(() -> notebooks.findByTitleIsNotNull(Sort.by("titel"))).isInstanceOf(UnknownFieldException.class);
			assertThat(titles(notebooks.findByTitleStartingWith("", Limit.of(2)))).hasSize(2);
			assertThat(titles(notebooks.findByTitleStartingWith("", Limit.unlimited()))).hasSize(3);

			Page<Notebook> first = notebooks.findByTitleContainingIgnoreCase("IDEA", PageRequest.of(0, 1, Sort.by("title")));
			assertThat(titles(first)).containsExactly("Ideas");
			assertThat(first.getTotalElements()).isEqualTo(2);
			assertThat(first.getTotalPages()).isEqualTo(2);
			Page<Notebook> second = notebooks.findByTitleContainingIgnoreCase("IDEA", first.nextPageable());
			assertThat(titles(second)).containsExactly("Travel ideas");

			Slice<Notebook> slice = notebooks.findByTitleIsNotNullOrderByIdAsc(PageRequest.of(0, 2));
			assertThat(titles(slice)).containsExactly("Ideas", "Recipes");
			assertThat(slice.hasNext()).isTrue();
			assertThat(titles(notebooks.findByTitleIsNotNullOrderByIdAsc(slice.nextPageable()))).containsExactly("Travel ideas");
		});
	}

	/** Declares repository methods again, as Spring Data allows (to annotate them, for example). */
	interface Redeclaring extends CovetRepository<Notebook, Long> {

		@Override
		List<Notebook> findAll();

		@Override
		long count();
	}

	@DatabaseTest
	void aRedeclaredRepositoryMethodIsTheRepositorysNotADerivedQuery(TestDatabase db) {
		runner(db).run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			seed(relations);
			Redeclaring notebooks = CovetRepositoryFactoryBean.create(relations, Redeclaring.class);

			assertThat(notebooks.findAll()).hasSize(3);
			assertThat(notebooks.count()).isEqualTo(3);
		});
	}

	interface MisspelledProperty extends CovetRepository<Notebook, Long> {

		List<Notebook> findByTitel(String title);
	}

	interface MissingArgument extends CovetRepository<Notebook, Long> {

		List<Notebook> findByTitle();
	}

	interface UnsupportedKeyword extends CovetRepository<Notebook, Long> {

		List<Notebook> findByTitleLike(String pattern);
	}

	interface IgnoreCaseOnANumber extends CovetRepository<Notebook, Long> {

		List<Notebook> findByIdIgnoreCase(Long id);
	}

	interface PageWithoutPageable extends CovetRepository<Notebook, Long> {

		Page<Notebook> findByTitle(String title);
	}

	interface CountAsText extends CovetRepository<Notebook, Long> {

		String countByTitle(String title);
	}

	interface ListOfText extends CovetRepository<Notebook, Long> {

		List<String> findByTitle(String title);
	}

	interface OrderedAcrossMany extends CovetRepository<Notebook, Long> {

		List<Notebook> findByTitleOrderByNotesTextAsc(String title);
	}

	interface NotDerived extends CovetRepository<Notebook, Long> {

		List<Notebook> titled(String title);
	}

	/** Refused before any statement runs, so one database is enough. */
	@Test
	void namesThatCannotBeHonouredAreRefusedWhenTheRepositoryIsCreated() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class, CovetRelationsAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + SqliteFiles.url("derived"),
					"covet.relations.model-packages=io.covet.relations.autoconfigure.models",
					"covet.relations.repository-packages=io.covet.relations.autoconfigure.models",
					"covet.relations.schema.auto-create=true")
			.run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			expect(relations, MisspelledProperty.class, "'titel'", "labels", "title");
			expect(relations, MissingArgument.class, "takes 0 value parameter(s), but its name asks for 1");
			expect(relations, UnsupportedKeyword.class, "LIKE");
			expect(relations, IgnoreCaseOnANumber.class, "ignore case");
			expect(relations, PageWithoutPageable.class, "without a Pageable parameter");
			expect(relations, CountAsText.class, "cannot return java.lang.String for a count query");
			expect(relations, ListOfText.class, "cannot return java.util.List<java.lang.String> for a find query of Notebook");
			expect(relations, NotDerived.class, "neither a default method nor a derived query");
			expect(relations, OrderedAcrossMany.class, "cannot be ordered so", "notes__text", "multi-valued");
		});
	}

	private static void expect(CovetRelations relations, Class<?> repository, String... problems) {
		assertThatThrownBy(() -> CovetRepositoryFactoryBean.create(relations, repository))
			.isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining(repository.getSimpleName())
			.hasMessageContainingAll(problems);
	}
}
