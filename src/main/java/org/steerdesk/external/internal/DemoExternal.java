package org.steerdesk.external.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.external.DelegationDraft;
import org.steerdesk.external.Delegations;
import org.steerdesk.external.Direction;
import org.steerdesk.external.MeetingDraft;
import org.steerdesk.external.MeetingMode;
import org.steerdesk.external.Meetings;
import org.steerdesk.external.PartnerDraft;
import org.steerdesk.external.PartnerKind;
import org.steerdesk.external.Partners;
import org.steerdesk.external.PartnershipDraft;
import org.steerdesk.external.PartnershipKind;
import org.steerdesk.external.Purpose;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DemoMode;

/**
 * The demo province's external work in its 2022 window (15 Dec 2021 – 14 Dec 2022), as the source
 * reports it: 39 incoming delegations with 138 foreign visitors from 15 countries and territories
 * (the neighbouring Guangxi localities first), some outgoing delegations, 41 meetings online and in
 * person, and sister-locality partnerships. Deterministic.
 */
@Component
@Order(26)
class DemoExternal implements ApplicationRunner {

	static final int INCOMING = 39;

	static final int VISITORS = 138;

	static final List<String> COUNTRIES = List.of("CN", "KR", "JP", "US", "TW", "FR", "DE", "AU", "TH", "LA", "SG", "RU", "GB", "IN", "HK");

	private static final Logger log = LoggerFactory.getLogger(DemoExternal.class);

	private final DemoMode demo;

	private final Units units;

	private final Partners partners;

	private final Delegations delegations;

	private final Meetings meetings;

	DemoExternal(DemoMode demo, Units units, Partners partners, Delegations delegations, Meetings meetings) {
		this.demo = demo;
		this.units = units;
		this.partners = partners;
		this.delegations = delegations;
		this.meetings = meetings;
	}

	private record PartnerSeed(String code, String name, String nameVi, String country, PartnerKind kind) {
	}

	static final List<PartnerSeed> PARTNERS = List.of(
			new PartnerSeed("GX-PINGXIANG", "Pingxiang City People's Government", "Chính quyền thành phố Bằng Tường", "CN", PartnerKind.LOCALITY),
			new PartnerSeed("GX-LONGZHOU", "Longzhou County People's Government", "Chính quyền huyện Long Châu", "CN", PartnerKind.LOCALITY),
			new PartnerSeed("GX-NINGMING", "Ningming County People's Government", "Chính quyền huyện Ninh Minh", "CN", PartnerKind.LOCALITY),
			new PartnerSeed("GX-CHONGZUO", "Chongzuo City People's Government", "Chính quyền thành phố Sùng Tả", "CN", PartnerKind.LOCALITY),
			new PartnerSeed("GX-FAO", "Guangxi Foreign Affairs Office", "Văn phòng Ngoại vụ Quảng Tây", "CN", PartnerKind.GOVERNMENT),
			new PartnerSeed("KR-GANGWON", "Gangwon Province", "Tỉnh Gangwon", "KR", PartnerKind.LOCALITY),
			new PartnerSeed("JP-JICA", "JICA Viet Nam Office", "Văn phòng JICA tại Việt Nam", "JP", PartnerKind.ORGANISATION),
			new PartnerSeed("KOICA", "KOICA Viet Nam", "KOICA Việt Nam", "KR", PartnerKind.ORGANISATION),
			new PartnerSeed("TW-TAITRA", "Taiwan External Trade Development Council", "Hội đồng Phát triển ngoại thương Đài Loan", "TW", PartnerKind.ORGANISATION),
			new PartnerSeed("FR-AFD", "Agence Française de Développement", "Cơ quan Phát triển Pháp", "FR", PartnerKind.ORGANISATION));

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || units.byCode("LS").isEmpty() || partners.byCode("GX-PINGXIANG").isPresent()) {
			return;
		}
		Actor actor = DemoMode.actor();
		for (PartnerSeed p : PARTNERS) {
			partners.save(new PartnerDraft(p.code(), p.name(), p.nameVi(), p.country(), p.kind(), null), actor, null);
		}
		partners.addPartnership(new PartnershipDraft("GX-PINGXIANG", "LS-CLC", PartnershipKind.SISTER_LOCALITY, LocalDate.of(2013, 5, 10),
				null, "Biên bản kết nghĩa số 01/2013", "Thỏa thuận hữu nghị Cao Lộc – Bằng Tường"), actor);
		partners.addPartnership(new PartnershipDraft("GX-LONGZHOU", "LS-TD", PartnershipKind.SISTER_LOCALITY, LocalDate.of(2014, 9, 2),
				null, "Biên bản kết nghĩa 2014", null), actor);
		partners.addPartnership(new PartnershipDraft("GX-NINGMING", "LS-DL", PartnershipKind.SISTER_LOCALITY, LocalDate.of(2015, 3, 20),
				null, null, null), actor);
		partners.addPartnership(new PartnershipDraft("KR-GANGWON", "LS", PartnershipKind.COOPERATION, LocalDate.of(2019, 11, 1),
				LocalDate.of(2024, 10, 31), "MOU 2019", null), actor);

		String[] hosts = { "LS-SNV", "LS-UBND", "LS-CLC", "LS-TD", "LS-VL", "LS-SVHTTDL", "LS-TP", "LS-DL" };
		String[] partnerCodes = { "GX-PINGXIANG", "GX-LONGZHOU", "GX-NINGMING", "GX-CHONGZUO", "GX-FAO", "KR-GANGWON", "JP-JICA", "KOICA",
				"TW-TAITRA", "FR-AFD" };
		List<String> frequent = List.of("CN", "CN", "CN", "CN", "KR", "KR", "JP", "TW", "TH", "LA");
		Purpose[] purposes = Purpose.values();
		int visitors = 0;
		LocalDate first = LocalDate.of(2021, 12, 20);
		for (int i = 0; i < INCOMING; i++) {
			String country = i < COUNTRIES.size() ? COUNTRIES.get(i) : frequent.get(i % frequent.size());
			int count = i == INCOMING - 1 ? VISITORS - visitors : 2 + (i * 7) % 4;
			visitors += count;
			String members = country + ":" + count + (i % 3 == 0 ? ";VN:1" : "");
			LocalDate start = i == INCOMING - 1 ? LocalDate.of(2022, 12, 12) : first.plusDays(i * 9L);
			String partner = switch (country) {
				case "CN" -> partnerCodes[i % 5];
				case "KR" -> i % 2 == 0 ? "KR-GANGWON" : "KOICA";
				case "JP" -> "JP-JICA";
				case "TW" -> "TW-TAITRA";
				case "FR" -> "FR-AFD";
				default -> null;
			};
			delegations.save(new DelegationDraft("LS-D22-" + (i + 1), Direction.IN, "Đoàn " + country + " số " + (i + 1), partner,
					List.of(purposes[i % 4], purposes[4 + i % 3]), start, start.plusDays(1 + i % 4), hosts[i % hosts.length], members,
					"Làm việc, khảo sát và tìm hiểu cơ hội đầu tư", i % 4 == 0 ? "Thống nhất các nội dung hợp tác" : null), actor, null);
		}
		for (int i = 0; i < 6; i++) {
			delegations.save(new DelegationDraft("LS-O22-" + (i + 1), Direction.OUT, "Đoàn công tác của tỉnh số " + (i + 1),
					partnerCodes[i % 6], List.of(Purpose.OFFICIAL), LocalDate.of(2022, 3 + i, 8), LocalDate.of(2022, 3 + i, 11),
					i % 2 == 0 ? "LS-UBND" : "LS-SNV", "VN:" + (4 + i), null, null), actor, null);
		}
		for (int i = 0; i < 41; i++) {
			PartnerSeed seed = PARTNERS.get(i % PARTNERS.size());
			String partner = seed.code();
			String country = seed.country();
			meetings.save(new MeetingDraft("LS-M22-" + (i + 1), first.plusDays(i * 8L + 3), i % 9 < 5 ? MeetingMode.ONLINE : MeetingMode.IN_PERSON,
					partner, country, "Hội đàm trao đổi hợp tác số " + (i + 1), hosts[(i + 3) % hosts.length],
					i % 3 == 0 ? "Ký kết biên bản ghi nhớ" : null), actor, null);
		}
		log.info("Loaded the demo province's external work: {} incoming delegations, {} foreign visitors, {} meetings", INCOMING, VISITORS, 41);
	}
}
