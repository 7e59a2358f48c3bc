package io.covet.relations.sample.model;

import java.time.LocalDate;

import io.covet.relations.annotation.Model;

/** A talk: a {@link Notice} with a speaker. */
@Model
public class Talk extends Notice {

	private String speaker;

	protected Talk() {
	}

	public Talk(String title, LocalDate date, String speaker) {
		super(title, date);
		this.speaker = speaker;
	}

	public String getSpeaker() {
		return this.speaker;
	}
}
