package io.covet.relations.testmodels;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.RelatedManager;

@Model
public class Account {

	@Id
	public Long id;

	@Column(unique = true, length = 64)
	public String username;

	public RelatedManager<Login> logins = RelatedManager.unbound();

	protected Account() {
	}

	public Account(String username) {
		this.username = username;
	}
}
