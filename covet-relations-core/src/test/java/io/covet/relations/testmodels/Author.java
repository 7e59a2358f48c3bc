package io.covet.relations.testmodels;

import java.util.List;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Transient;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.relation.RelatedObject;

@Model
public class Author {

	@Id
	private Long id;

	private String name;

	@Column(unique = true)
	private String email;

	private Integer age;

	private boolean active = true;

	@ForeignKey(relatedName = "authors", nullable = true, onDelete = OnDelete.SET_NULL)
	private Ref<Publisher> publisher = Ref.none();

	private RelatedManager<Book> books = RelatedManager.unbound();

	private RelatedManager<Book> edited = RelatedManager.unbound();

	private RelatedObject<Profile> profile = RelatedObject.unbound();

	@Transient
	private List<Book> longBooks;

	protected Author() {
	}

	public Author(String name) {
		this.name = name;
		this.email = name.toLowerCase().replace(' ', '.') + "@example.com";
	}

	public Author(String name, Integer age) {
		this(name);
		this.age = age;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Integer getAge() {
		return this.age;
	}

	public void setAge(Integer age) {
		this.age = age;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Ref<Publisher> publisher() {
		return this.publisher;
	}

	public Publisher getPublisher() {
		return this.publisher.get();
	}

	public void setPublisher(Publisher publisher) {
		this.publisher = Ref.to(publisher);
	}

	public RelatedManager<Book> books() {
		return this.books;
	}

	public RelatedManager<Book> edited() {
		return this.edited;
	}

	public RelatedObject<Profile> profile() {
		return this.profile;
	}

	public List<Book> getLongBooks() {
		return this.longBooks;
	}

	@Override
	public String toString() {
		return "Author[" + this.id + ", " + this.name + "]";
	}
}
