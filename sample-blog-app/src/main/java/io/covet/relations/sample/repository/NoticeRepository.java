package io.covet.relations.sample.repository;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.sample.model.Notice;

/** Notices of every kind; implemented by the starter. */
public interface NoticeRepository extends CovetRepository<Notice, Long> {
}
