package org.steerdesk.awards.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steerdesk.awards.Authorities;
import org.steerdesk.awards.AwardForm;
import org.steerdesk.awards.NominationDraft;
import org.steerdesk.awards.NominationReview;
import org.steerdesk.awards.Nominations;
import org.steerdesk.awards.RecipientDraft;
import org.steerdesk.awards.RecipientType;
import org.steerdesk.awards.Revocations;
import org.steerdesk.imports.DemoFiles;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DemoMode;

/**
 * The demo province's commendations of 2022 as the source tells them (H2 only): the Chairman of the
 * Provincial People's Committee 9 collectives and 11 individuals, the two steering committees 8 and
 * 10, the committee behind the 2nd essay contest 7 and 7 — through the import pipeline from
 * {@code demo/award-authorities.csv} and {@code demo/commendations.csv} — one more individual whose
 * commendation was revoked, and a campaign of 2023 with a nomination in each state.
 */
@Component
@Order(29)
class DemoAwards implements ApplicationRunner {

	static final String CAMPAIGN = "Công tác thông tin đối ngoại năm 2023";

	private final DemoMode demo;

	private final Units units;

	private final Authorities authorities;

	private final ImportPipeline pipeline;

	private final JdbcClient jdbc;

	private final Revocations revocations;

	private final Nominations nominations;

	private final NominationReview review;

	DemoAwards(DemoMode demo, Units units, Authorities authorities, ImportPipeline pipeline, JdbcClient jdbc, Revocations revocations,
			Nominations nominations, NominationReview review) {
		this.demo = demo;
		this.units = units;
		this.authorities = authorities;
		this.pipeline = pipeline;
		this.jdbc = jdbc;
		this.revocations = revocations;
		this.nominations = nominations;
		this.review = review;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || units.byCode("LS").isEmpty() || authorities.byCode("LS-CT").isPresent()) {
			return;
		}
		DemoFiles.load(pipeline, "award-authorities");
		DemoFiles.load(pipeline, "commendations");
		Actor actor = DemoMode.actor();
		long revoked = jdbc.sql("SELECT r.id FROM award_recipients r JOIN award_decisions d ON d.id = r.decision_id"
				+ " WHERE d.decision_number = '2150/QĐ-UBND' AND r.recipient_name = 'Mã Thị Hương'").query(Long.class).single();
		revocations.revoke(revoked, "Thành tích đề nghị không đúng thực tế (kết luận kiểm tra ngày 20/12/2022)", LocalDate.of(2022, 12, 20),
				actor);
		// a campaign of the next year: one nomination in each state
		nominate("LS-VL", "Hoàng Thị Mai", "Cán bộ Phòng Văn hóa và Thông tin huyện Văn Lãng", actor);
		long submitted = nominate("LS-BG", "Lục Văn Thắng", "Cán bộ Phòng Văn hóa và Thông tin huyện Bình Gia", actor);
		long returned = nominate("LS-BS", "Dương Văn Lực", "Cán bộ Ban Tuyên giáo Huyện ủy Bắc Sơn", actor);
		long accepted = nominate("LS-CLC", "Vy Thị Đào", "Trưởng Ban Tuyên giáo Huyện ủy Cao Lộc", actor);
		for (long id : List.of(submitted, returned, accepted)) {
			review.submit(id, actor);
		}
		review.giveBack(returned, "Đề nghị bổ sung số liệu tin, bài và bản nhận xét của cấp ủy về thành tích của cá nhân", actor);
		review.accept(accepted, actor);
	}

	private long nominate(String unit, String name, String position, Actor actor) {
		long id = nominations.create(new NominationDraft(CAMPAIGN, "LS-CT", AwardForm.BANG_KHEN, unit), actor);
		nominations.addNominee(id, new RecipientDraft(RecipientType.INDIVIDUAL, null, name, position, unit, null),
				"Tham mưu, tổ chức nhiều hoạt động thông tin đối ngoại; đăng tải trên 200 tin, bài giới thiệu hình ảnh địa phương", actor);
		return id;
	}
}
