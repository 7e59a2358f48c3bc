-- Blog schema for sqlite; matches the models (checked by MigrationsMatchModelsTests).
CREATE TABLE "author" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" VARCHAR(255), "email" VARCHAR(255) UNIQUE);
CREATE TABLE "category" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" VARCHAR(255), "parent_id" INTEGER, "lft" INTEGER NOT NULL, "rgt" INTEGER NOT NULL, "depth" INTEGER NOT NULL, CONSTRAINT "fk_category_parent_id" FOREIGN KEY ("parent_id") REFERENCES "category" ("id"));
CREATE TABLE "post" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "title" VARCHAR(255), "body" VARCHAR(4000), "published" TEXT, "author_id" INTEGER NOT NULL, "category_id" INTEGER, CONSTRAINT "fk_post_author_id" FOREIGN KEY ("author_id") REFERENCES "author" ("id"), CONSTRAINT "fk_post_category_id" FOREIGN KEY ("category_id") REFERENCES "category" ("id"));
CREATE TABLE "covet_content_type" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "namespace" VARCHAR(100) NOT NULL, "model" VARCHAR(100) NOT NULL, CONSTRAINT "uq_covet_content_type_namespace_model" UNIQUE ("namespace", "model"));
CREATE TABLE "comment" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "content_type_id" INTEGER, "object_id" VARCHAR(64), "name" VARCHAR(255), "text" VARCHAR(2000), CONSTRAINT "fk_comment_content_type_id" FOREIGN KEY ("content_type_id") REFERENCES "covet_content_type" ("id"));
CREATE TABLE "tag" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" VARCHAR(64) UNIQUE);
CREATE TABLE "photo" ("id" CHAR(36) NOT NULL, "caption" VARCHAR(255), PRIMARY KEY ("id"));
CREATE TABLE "notice" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "kind" VARCHAR(100) NOT NULL, "title" VARCHAR(255), "date" TEXT, "speaker" VARCHAR(255), "version" VARCHAR(255));
CREATE TABLE "covet_tree_lock" ("name" VARCHAR(190) NOT NULL, "version" INTEGER NOT NULL, PRIMARY KEY ("name"));
CREATE TABLE "post_tags" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "post_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, CONSTRAINT "uq_post_tags_post_id_tag_id" UNIQUE ("post_id", "tag_id"), CONSTRAINT "fk_post_tags_post_id" FOREIGN KEY ("post_id") REFERENCES "post" ("id"), CONSTRAINT "fk_post_tags_tag_id" FOREIGN KEY ("tag_id") REFERENCES "tag" ("id"));
CREATE INDEX "ix_category_parent_id" ON "category" ("parent_id");
CREATE INDEX "ix_post_author_id" ON "post" ("author_id");
CREATE INDEX "ix_post_category_id" ON "post" ("category_id");
CREATE INDEX "ix_comment_content_type_id" ON "comment" ("content_type_id");
CREATE INDEX "ix_post_tags_post_id" ON "post_tags" ("post_id");
CREATE INDEX "ix_post_tags_tag_id" ON "post_tags" ("tag_id");
