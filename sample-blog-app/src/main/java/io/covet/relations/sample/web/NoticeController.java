package io.covet.relations.sample.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.covet.relations.sample.model.Notice;
import io.covet.relations.sample.model.Release;
import io.covet.relations.sample.model.Talk;
import io.covet.relations.sample.repository.NoticeRepository;

/** Notices of every kind from one query: each row comes back as a {@link Talk} or a {@link Release}. */
@RestController
public class NoticeController {

	private final NoticeRepository notices;

	public NoticeController(NoticeRepository notices) {
		this.notices = notices;
	}

	@GetMapping("/notices")
	public List<Map<String, Object>> notices() {
		return this.notices.findAll().stream().map(NoticeController::view).toList();
	}

	private static Map<String, Object> view(Notice notice) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("kind", notice.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
		view.put("title", notice.getTitle());
		view.put("date", notice.getDate() == null ? null : notice.getDate().toString());
		if (notice instanceof Talk talk) {
			view.put("speaker", talk.getSpeaker());
		}
		else if (notice instanceof Release release) {
			view.put("version", release.getVersion());
		}
		return view;
	}
}
