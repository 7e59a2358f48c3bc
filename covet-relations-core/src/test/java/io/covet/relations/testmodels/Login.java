package io.covet.relations.testmodels;

import java.time.Instant;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;

/** References {@link Account} by its unique username ({@code toField}), not its key. */
@Model
public class Login {

	@Id
	public Long id;

	@ForeignKey(relatedName = "logins", toField = "username")
	public Ref<Account> account = Ref.none();

	public Instant at;

	protected Login() {
	}

	public Login(Account account, Instant at) {
		this.account = Ref.to(account);
		this.at = at;
	}
}
