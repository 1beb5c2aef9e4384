package org.steerdesk.contests.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steerdesk.contests.ContestDraft;
import org.steerdesk.contests.ContestEntries;
import org.steerdesk.contests.ContestResults;
import org.steerdesk.contests.Contests;
import org.steerdesk.contests.EntryDraft;
import org.steerdesk.contests.Scoring;
import org.steerdesk.identity.Accounts;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DemoMode;

/**
 * The demo's 2nd essay contest of 2022 (H2 only): entries from twelve units, three judges (one
 * conflict declared), every score submitted, the ranking, prizes and confirmed results. Its
 * commendation (7 groups, 7 individuals) is already in the commendations register as the source
 * gives it, so the contest names no authority and drafts no second decision.
 */
@Component
@Order(31)
class DemoContest implements ApplicationRunner {

	static final String CODE = "LS-CL2-2022";

	static final List<String[]> ENTRIES = List.of(
			new String[] { "CL-01", "Giữ vững trận địa tư tưởng nơi biên cương", "LS-TD", "Lăng Văn Quý" },
			new String[] { "CL-02", "Bản lĩnh người cầm bút trước thông tin xấu độc", "LS-BAO", "Hoàng Minh Đức" },
			new String[] { "CL-03", "Niềm tin từ những bản làng", "LS-CLC", "Hà Văn Tiến" },
			new String[] { "CL-04", "Không gian mạng và trách nhiệm của người đảng viên", "LS-TP", "Nguyễn Thị Phương Thảo" },
			new String[] { "CL-05", "Tiếng nói chính luận trên sóng phát thanh", "LS-PTTH", "Vũ Thị Hồng Nhung" },
			new String[] { "CL-06", "Bảo vệ nền tảng tư tưởng từ cơ sở", "LS-VQ", "Nông Văn Hải" },
			new String[] { "CL-07", "Đẩy lùi luận điệu xuyên tạc về đại đoàn kết dân tộc", "LS-HL", "Vi Thị Thu" },
			new String[] { "CL-08", "Người cán bộ văn hóa nơi cửa khẩu", "LS-VL", "Hoàng Thị Mai" },
			new String[] { "CL-09", "Sức mạnh của sự thật", "LS-BG", "Lục Văn Thắng" },
			new String[] { "CL-10", "Lan tỏa thông tin tích cực trên mạng xã hội", "LS-BS", "Dương Văn Lực" },
			new String[] { "CL-11", "Từ Chi Lăng nghĩ về truyền thống giữ nước", "LS-CL", "Đinh Thị Huế" },
			new String[] { "CL-12", "Phản bác quan điểm sai trái bằng lý lẽ và thực tiễn", "LS-LB", "Chu Văn Bình" });

	private final DemoMode demo;

	private final Units units;

	private final Accounts accounts;

	private final Contests contests;

	private final ContestEntries entries;

	private final Scoring scoring;

	private final ContestResults results;

	DemoContest(DemoMode demo, Units units, Accounts accounts, Contests contests, ContestEntries entries, Scoring scoring, ContestResults results) {
		this.demo = demo;
		this.units = units;
		this.accounts = accounts;
		this.contests = contests;
		this.entries = entries;
		this.scoring = scoring;
		this.results = results;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || units.byCode("LS").isEmpty() || contests.byCode(CODE).isPresent() || accounts.byUsername("giamkhao1").isEmpty()) {
			return;
		}
		Actor actor = DemoMode.actor();
		contests.create(new ContestDraft(CODE, "Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ 2, năm 2022", 2, 2022,
				LocalDate.of(2022, 5, 1), LocalDate.of(2022, 10, 31),
				List.of(new ContestDraft.CriterionDraft("noidung", "Nội dung, tính chiến đấu", new BigDecimal("0.5"), BigDecimal.TEN),
						new ContestDraft.CriterionDraft("lapluan", "Lập luận, dẫn chứng", new BigDecimal("0.3"), BigDecimal.TEN),
						new ContestDraft.CriterionDraft("hinhthuc", "Hình thức, văn phong", new BigDecimal("0.2"), BigDecimal.TEN)),
				"LS", "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch", null, "Chính luận",
				List.of(new ContestDraft.PrizeDraft("Giải Nhất", 1), new ContestDraft.PrizeDraft("Giải Nhì", 2),
						new ContestDraft.PrizeDraft("Giải Ba", 3), new ContestDraft.PrizeDraft("Giải Khuyến khích", 4)),
				null, null, null), actor);
		for (String judge : List.of("giamkhao1", "giamkhao2", "giamkhao3")) {
			contests.addJudge(CODE, judge, actor);
		}
		for (int i = 0; i < ENTRIES.size(); i++) {
			String[] e = ENTRIES.get(i);
			entries.register(CODE, new EntryDraft(e[0], e[1], List.of(new EntryDraft.AuthorDraft(e[3], e[2])), e[2],
					OffsetDateTime.parse("2022-09-%02dT09:00:00+07:00".formatted(1 + i)), "Chính luận"), actor);
		}
		contests.declareConflict(CODE, "giamkhao3", "CL-03", "Tác giả là người thân trong gia đình", actor);
		for (int i = 0; i < ENTRIES.size(); i++) {
			for (int j = 1; j <= 3; j++) {
				String judge = "giamkhao" + j;
				if (j == 3 && ENTRIES.get(i)[0].equals("CL-03")) {
					continue;
				}
				// scores fall with the entry's number, each judge a little apart
				int base = 95 - i * 4 + (j - 2) * (i % 3);
				scoring.score(CODE, ENTRIES.get(i)[0], Map.of("noidung", value(base), "lapluan", value(base - 3), "hinhthuc", value(base + 2)), true,
						new Actor(0, judge, judge, List.of()));
			}
		}
		results.confirm(CODE, actor);
	}

	private static BigDecimal value(int tenths) {
		return BigDecimal.valueOf(Math.max(0, Math.min(100, tenths)), 1);
	}
}
