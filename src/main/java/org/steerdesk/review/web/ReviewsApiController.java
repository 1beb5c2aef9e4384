package org.steerdesk.review.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steerdesk.review.FigureLine;
import org.steerdesk.review.Review;
import org.steerdesk.review.ReviewFigures;
import org.steerdesk.review.ReviewPrinting;
import org.steerdesk.review.Reviews;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Violations;

/**
 * The review API of spec §4: {@code POST /api/v1/reviews} drafts the annual review of a committee
 * for a year and answers 201 with its figures (and, beyond the spec, the previous year's under
 * {@code previous} and the documents' addresses); {@code GET /api/v1/reviews/{id}/document.docx|pdf}
 * gives the document.
 */
@RestController
class ReviewsApiController {

	private final Reviews reviews;

	private final ReviewFigures figures;

	private final ReviewPrinting printing;

	ReviewsApiController(Reviews reviews, ReviewFigures figures, ReviewPrinting printing) {
		this.reviews = reviews;
		this.figures = figures;
		this.printing = printing;
	}

	@PostMapping("/api/v1/reviews")
	ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) Map<String, Object> body, Actor actor) {
		Map<String, Object> request = body == null ? Map.of() : body;
		Object committee = request.get("committee");
		Object year = request.get("year");
		Object language = request.get("language");
		Violations violations = new Violations();
		if (committee != null && !(committee instanceof String)) {
			violations.add("committee", "review.noSuchCommittee", String.valueOf(committee));
		}
		if (year instanceof String text && text.strip().matches("\\d{1,4}")) {
			year = Integer.valueOf(text.strip()); // "2023" is read as 2023
		}
		if (year != null && !(year instanceof Integer)) {
			violations.add("year", "validation.wholeNumber", String.valueOf(year));
		}
		if (language != null && !(language instanceof String)) {
			violations.add("language", "review.language");
		}
		violations.throwIfAny();
		Review review = reviews.create((String) committee, (Integer) year, (String) language, actor);
		ReviewFigures.YearFigures both = figures.figures(review, actor, review.locale());
		Map<String, Object> out = summary(review);
		out.put("figures", both.current().figures());
		out.put("previous", Map.of("from", both.previous().from(), "to", both.previous().to(), "figures", both.previous().figures()));
		out.put("documents", Map.of("docx", "/api/v1/reviews/" + review.id() + "/document.docx", "pdf",
				"/api/v1/reviews/" + review.id() + "/document.pdf"));
		return ResponseEntity.created(URI.create("/reviews/" + review.id())).body(out);
	}

	/**
	 * One review (beyond the spec): its state, number once issued, and its figures — live for a
	 * draft, as frozen at issue for an issued review (with {@code issued} beside today's value
	 * when {@code ?recompute=true}).
	 */
	@GetMapping("/api/v1/reviews/{id}")
	Map<String, Object> get(@PathVariable long id, @RequestParam(required = false) boolean recompute,
			Actor actor, Locale locale) {
		Review review = reviews.get(id, actor);
		List<FigureLine> lines = review.issued() && recompute ? figures.sinceIssue(review, actor, locale)
				: reviews.view(id, actor, locale).figures();
		Map<String, Object> out = summary(review);
		if (review.issued()) {
			out.put("number", review.issue().number());
			out.put("issuedOn", review.issue().date());
			out.put("signer", review.issue().signerName());
		}
		out.put("figures", lines.stream().map(line -> {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("key", line.key());
			f.put("label", line.label());
			f.put("value", line.value());
			f.put("previous", line.previous());
			if (line.issued() != null) {
				f.put("issued", line.issued());
			}
			f.put("drillDown", line.drillDown());
			return f;
		}).toList());
		return out;
	}

	private Map<String, Object> summary(Review review) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", review.id());
		out.put("committee", reviews.committeeOf(review).code());
		out.put("year", review.year());
		out.put("language", review.language());
		out.put("status", review.status());
		out.put("from", review.from());
		out.put("to", review.to());
		return out;
	}

	@GetMapping("/api/v1/reviews/{id}/document.{format}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String format, Actor actor) {
		return ReviewsController.download(reviews, printing, id, format, actor);
	}
}
