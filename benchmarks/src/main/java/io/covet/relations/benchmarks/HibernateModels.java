package io.covet.relations.benchmarks;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** The Hibernate side of the same tables, mapped as its guide advises: every association LAZY. */
public final class HibernateModels {

	private HibernateModels() {
	}

	@Entity(name = "HPublisher")
	@Table(name = "publisher")
	public static class HPublisher {

		@Id
		public Long id;

		public String name;
	}

	@Entity(name = "HAuthor")
	@Table(name = "author")
	public static class HAuthor {

		@Id
		public Long id;

		public String name;

		@OneToMany(mappedBy = "author", fetch = FetchType.LAZY)
		public List<HBook> books = new ArrayList<>();
	}

	@Entity(name = "HBook")
	@Table(name = "book")
	public static class HBook {

		@Id
		public Long id;

		public String title;

		@ManyToOne(fetch = FetchType.LAZY, optional = false)
		@JoinColumn(name = "author_id")
		public HAuthor author;

		@ManyToOne(fetch = FetchType.LAZY, optional = false)
		@JoinColumn(name = "publisher_id")
		public HPublisher publisher;
	}
}
