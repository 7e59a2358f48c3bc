package io.covet.relations.sample.model;

import java.time.LocalDate;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;

/**
 * The root of a small single-table hierarchy: talks and releases share one table, and a query on notices returns
 * each row as its own class.
 */
@Model(ordering = "-date")
@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
public class Notice {

	@Id
	private Long id;

	private String title;

	private LocalDate date;

	protected Notice() {
	}

	protected Notice(String title, LocalDate date) {
		this.title = title;
		this.date = date;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getDate() {
		return this.date;
	}
}
