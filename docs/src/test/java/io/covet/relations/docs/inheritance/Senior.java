package io.covet.relations.docs.inheritance;

import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.query.Q;

// inheritance.md: a proxy

@Model(ordering = "-name")
@Proxy
class Senior extends Person {
	static Q defaultFilter() { return Q.of("age__gte", 60); }
	boolean canRetire() { return age >= 65; }
}
