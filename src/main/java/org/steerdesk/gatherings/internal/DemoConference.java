package org.steerdesk.gatherings.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steerdesk.gatherings.GatheringDetails;
import org.steerdesk.gatherings.GatheringRole;
import org.steerdesk.gatherings.Gatherings;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DemoMode;

/**
 * The demo's year-end review conference of 12 December 2022 as the source tells it (H2 only): the
 * two co-chairs, the attendees from both committees and the district party committees, the
 * programme, and the chair's directions, one per line.
 */
@Component
@Order(29)
class DemoConference implements ApplicationRunner {

	static final String CODE = "LS-G22-10";

	private final DemoMode demo;

	private final Gatherings gatherings;

	private final GatheringDetails details;

	DemoConference(DemoMode demo, Gatherings gatherings, GatheringDetails details) {
		this.demo = demo;
		this.gatherings = gatherings;
		this.details = details;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || gatherings.byCode(CODE).isEmpty() || !details.of(gatherings.byCode(CODE).get()).people().isEmpty()) {
			return;
		}
		Actor actor = DemoMode.actor();
		Locale vi = Locale.forLanguageTag("vi");
		details.addPerson(CODE, "P-NGHIEM", GatheringRole.CHAIR, actor, vi);
		details.addPerson(CODE, "P-HOI", GatheringRole.CHAIR, actor, vi);
		details.addPerson(CODE, "P-BTG-PHO", GatheringRole.SPEAKER, actor, vi);
		for (String person : List.of("P-HUYEN", "P-TTTT", "P-SNV", "P-BAO", "P-PTTH", "P-CA", "P-VHTT", "P-BTG-CV", "P-TD", "P-CLC")) {
			details.addPerson(CODE, person, GatheringRole.ATTENDEE, actor, vi);
		}
		for (String unit : List.of("LS-TP", "LS-TD", "LS-VL", "LS-BG", "LS-BS", "LS-VQ", "LS-CLC", "LS-LB", "LS-CL")) {
			details.addUnit(CODE, unit, actor);
		}
		details.addAgendaItem(CODE, "08:00", "Khai mạc hội nghị, giới thiệu đại biểu", "Ban Tuyên giáo Tỉnh ủy", actor);
		details.addAgendaItem(CODE, "08:15", "Dự thảo báo cáo kết quả hoạt động năm 2022, phương hướng nhiệm vụ năm 2023 của hai Ban Chỉ đạo",
				"Nông Thị Thủy, Phó Trưởng Ban Tuyên giáo Tỉnh ủy", actor);
		details.addAgendaItem(CODE, "09:00", "Thảo luận, chia sẻ kinh nghiệm, cách làm hay", "Các đại biểu", actor);
		details.addAgendaItem(CODE, "10:30", "Trao Bằng khen, Giấy khen cho các tập thể, cá nhân", "Lãnh đạo tỉnh, hai Ban Chỉ đạo", actor);
		details.addAgendaItem(CODE, "11:00", "Phát biểu kết luận hội nghị", "Hoàng Văn Nghiêm, Trưởng hai Ban Chỉ đạo", actor);
		for (String line : List.of(
				"Tiếp tục bám sát đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước để chỉ đạo thực hiện các nhiệm vụ đề ra.",
				"Tăng cường phối hợp, đổi mới nội dung, nâng cao chất lượng tuyên truyền; chủ động định hướng dư luận, kịp thời giải quyết các vấn đề nổi cộm, bức xúc được nhân dân quan tâm.",
				"Phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu cấp ủy, chính quyền, cơ quan, đơn vị các cấp.",
				"Đánh giá, dự báo, phối hợp đấu tranh, ngăn chặn, xử lý hiệu quả thông tin xấu độc trên không gian mạng.",
				"Tăng cường đào tạo, bồi dưỡng nghiệp vụ cho đội ngũ chuyên gia, cộng tác viên và lực lượng tham mưu giúp việc hai Ban Chỉ đạo.",
				"Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tăng cường lãnh đạo, chỉ đạo triển khai các kế hoạch, hướng dẫn của Trung ương, của tỉnh về hai lĩnh vực công tác.")) {
			details.addConclusion(CODE, line, actor);
		}
	}
}
