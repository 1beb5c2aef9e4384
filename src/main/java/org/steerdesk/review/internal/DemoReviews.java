package org.steerdesk.review.internal;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.Committees;
import org.steerdesk.review.IssueForm;
import org.steerdesk.review.Review;
import org.steerdesk.review.ReviewIssuing;
import org.steerdesk.review.ReviewNarratives;
import org.steerdesk.review.NarrativeVersion;
import org.steerdesk.review.Reviews;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DemoMode;

/**
 * The demo province's 2022 reviews of both committees, drafted from the default templates in
 * Vietnamese and English; the external-information committee's Vietnamese review is issued as
 * "Số: 01/BC-BCĐTTĐN" on 5 January 2023, so the demo shows a draft and an issued report.
 */
@Component
@Order(30)
class DemoReviews implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);

	private final DemoMode demo;

	private final Committees committees;

	private final Reviews reviews;

	private final ReviewIssuing issuing;

	private final ReviewNarratives narratives;

	private final org.springframework.core.env.Environment environment;

	DemoReviews(DemoMode demo, Committees committees, Reviews reviews, ReviewIssuing issuing, ReviewNarratives narratives,
			org.springframework.core.env.Environment environment) {
		this.narratives = narratives;
		this.environment = environment;
		this.issuing = issuing;
		this.demo = demo;
		this.committees = committees;
		this.reviews = reviews;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Actor actor = DemoMode.actor();
		if (!demo.enabled() || committees.byCode("BCDTTDN").isEmpty()) {
			return;
		}
		long external = committees.byCode("BCDTTDN").orElseThrow().id();
		if (reviews.list(actor).stream().anyMatch(r -> r.committeeId() == external)) {
			return;
		}
		for (String committee : new String[] { "BCD35", "BCDTTDN" }) {
			for (String language : new String[] { "vi", "en" }) {
				Review review = reviews.create(committee, 2022, language, actor);
				if (committee.equals("BCDTTDN") && language.equals("vi")) {
					// the secretariat writes what the template leaves to it, then issues
					NarrativeVersion latest = narratives.versions(review.id(), actor).get(0);
					narratives.saveNarrative(review.id(), review.subject(), written(latest.body()), "Ban Thư ký hoàn thiện nội dung", latest.number(),
							actor);
					IssueForm form = issuing.issueDefaults(review.id(), actor);
					form.setDate(LocalDate.of(2023, 1, 5));
					issuing.issue(review.id(), form, actor, environment.getProperty("local.server.port") == null ? null
							: "http://localhost:" + environment.getProperty("local.server.port"));
				}
			}
		}
		log.info("Demo reviews: 2022 of both committees in Vietnamese and English; BCDTTDN's Vietnamese one issued");
	}

	/** The demo secretariat's words in place of the template's instructions (from the province's 2022 report). */
	static String written(String body) {
		return body.replaceAll("(?m)^\\*\\(Ban Thư ký ghi kết quả.*\\)\\*$",
				"Chủ tịch UBND tỉnh tặng Bằng khen cho 9 tập thể, 11 cá nhân; hai Ban Chỉ đạo tặng Giấy khen cho 8 tập thể, 10 cá nhân có"
						+ " thành tích xuất sắc trong công tác thông tin đối ngoại.")
			.replaceAll("(?m)^\\*\\(Ban Thư ký ghi nội dung\\.\\)\\*$",
					"Một số cơ quan, đơn vị chưa quan tâm đúng mức đến công tác thông tin đối ngoại; việc phối hợp cung cấp thông tin có lúc"
							+ " chưa kịp thời; nguồn lực cho công tác này còn hạn chế.");
	}
}
