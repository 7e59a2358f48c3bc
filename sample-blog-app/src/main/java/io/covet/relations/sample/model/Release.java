package io.covet.relations.sample.model;

import java.time.LocalDate;

import io.covet.relations.annotation.Model;

/** A release: a {@link Notice} with a version. */
@Model
public class Release extends Notice {

	private String version;

	protected Release() {
	}

	public Release(String title, LocalDate date, String version) {
		super(title, date);
		this.version = version;
	}

	public String getVersion() {
		return this.version;
	}
}
