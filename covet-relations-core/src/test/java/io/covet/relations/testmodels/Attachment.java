package io.covet.relations.testmodels;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;

@Model
public class Attachment {

	@Id
	public Long id;

	public String fileName;

	@ForeignKey(relatedName = "attachments")
	public Ref<Document> document = Ref.none();

	protected Attachment() {
	}

	public Attachment(String fileName, Document document) {
		this.fileName = fileName;
		this.document = Ref.to(document);
	}
}
