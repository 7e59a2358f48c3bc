-- Blog schema for mariadb; matches the models (checked by FlywaySchemaTests).
CREATE TABLE `author` (`id` BIGINT AUTO_INCREMENT NOT NULL, `name` VARCHAR(255), `email` VARCHAR(255) UNIQUE, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE `post` (`id` BIGINT AUTO_INCREMENT NOT NULL, `title` VARCHAR(255), `body` VARCHAR(4000), `published` DATE, `author_id` BIGINT NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE `comment` (`id` BIGINT AUTO_INCREMENT NOT NULL, `post_id` BIGINT NOT NULL, `name` VARCHAR(255), `text` VARCHAR(2000), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE `tag` (`id` BIGINT AUTO_INCREMENT NOT NULL, `name` VARCHAR(64) UNIQUE, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE `post_tags` (`id` BIGINT AUTO_INCREMENT NOT NULL, `post_id` BIGINT NOT NULL, `tag_id` BIGINT NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `uq_post_tags_post_id_tag_id` UNIQUE (`post_id`, `tag_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
ALTER TABLE `post` ADD CONSTRAINT `fk_post_author_id` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`);
ALTER TABLE `comment` ADD CONSTRAINT `fk_comment_post_id` FOREIGN KEY (`post_id`) REFERENCES `post` (`id`);
ALTER TABLE `post_tags` ADD CONSTRAINT `fk_post_tags_post_id` FOREIGN KEY (`post_id`) REFERENCES `post` (`id`);
ALTER TABLE `post_tags` ADD CONSTRAINT `fk_post_tags_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`);
CREATE INDEX `ix_post_author_id` ON `post` (`author_id`);
CREATE INDEX `ix_comment_post_id` ON `comment` (`post_id`);
CREATE INDEX `ix_post_tags_post_id` ON `post_tags` (`post_id`);
CREATE INDEX `ix_post_tags_tag_id` ON `post_tags` (`tag_id`);
