-- Blog schema for sqlite; matches the models (checked by FlywaySchemaTests).
CREATE TABLE "author" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" VARCHAR(255), "email" VARCHAR(255) UNIQUE);
CREATE TABLE "post" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "title" VARCHAR(255), "body" VARCHAR(4000), "published" TEXT, "author_id" INTEGER NOT NULL, CONSTRAINT "fk_post_author_id" FOREIGN KEY ("author_id") REFERENCES "author" ("id"));
CREATE TABLE "comment" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "post_id" INTEGER NOT NULL, "name" VARCHAR(255), "text" VARCHAR(2000), CONSTRAINT "fk_comment_post_id" FOREIGN KEY ("post_id") REFERENCES "post" ("id"));
CREATE TABLE "tag" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" VARCHAR(64) UNIQUE);
CREATE TABLE "post_tags" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "post_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, CONSTRAINT "uq_post_tags_post_id_tag_id" UNIQUE ("post_id", "tag_id"), CONSTRAINT "fk_post_tags_post_id" FOREIGN KEY ("post_id") REFERENCES "post" ("id"), CONSTRAINT "fk_post_tags_tag_id" FOREIGN KEY ("tag_id") REFERENCES "tag" ("id"));
CREATE INDEX "ix_post_author_id" ON "post" ("author_id");
CREATE INDEX "ix_comment_post_id" ON "comment" ("post_id");
CREATE INDEX "ix_post_tags_post_id" ON "post_tags" ("post_id");
CREATE INDEX "ix_post_tags_tag_id" ON "post_tags" ("tag_id");
