package org.steerdesk.org;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.steerdesk.shared.DemoMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo province loads on the embedded database (the source's two committees, headed by the
 * same official) and never on PostgreSQL.
 */
@SpringBootTest(properties = { "steerdesk.demo=true", "steerdesk.admin-password=grey-lantern-orbit-41" })
class DemoDataTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Units units;

	@Autowired
	UnitTree unitTree;

	@Autowired
	Committees committees;

	@Autowired
	People people;

	@Autowired
	DemoMode demo;

	@Autowired
	org.steerdesk.gatherings.Gatherings gatherings;

	@Autowired
	org.steerdesk.gatherings.GatheringDetails gatheringDetails;

	@Autowired
	org.steerdesk.training.Trainings trainings;

	@Autowired
	org.steerdesk.training.TrainingTrainers trainers;

	@Autowired
	org.steerdesk.figures.Figures figures;

	@Autowired
	org.steerdesk.awards.Nominations nominations;

	@Autowired
	org.steerdesk.awards.Certificates certificates;

	/** The source's commendations, exactly: 9 + 11 by the Chairman, 8 + 10 by the two committees, 7 + 7 for the essay contest. */
	@Test
	void theDemoCommendationsAreTheSourcesCounts() throws Exception {
		if (!demo.enabled()) {
			return;
		}
		var report = figures.compute("LS", new org.steerdesk.shared.DateRange(java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2022, 12, 31)),
				org.steerdesk.support.World.system(), java.util.Locale.forLanguageTag("vi"));
		var collectives = report.figures().stream().filter(f -> f.key().equals("awards.collectives")).findFirst().orElseThrow();
		var individuals = report.figures().stream().filter(f -> f.key().equals("awards.individuals")).findFirst().orElseThrow();
		assertThat(collectives.breakdown().get("authority")).isEqualTo(java.util.Map.of("LS-CT", 9L, "LS-HAIBCD", 8L, "LS-BCD35", 7L));
		// the twelfth individual of the Chairman's decision was revoked and does not count
		assertThat(individuals.breakdown().get("authority")).isEqualTo(java.util.Map.of("LS-CT", 11L, "LS-HAIBCD", 10L, "LS-BCD35", 7L));
		assertThat(nominations.list(null, null, org.steerdesk.support.World.system()).stream().map(n -> n.status()).distinct())
			.containsExactlyInAnyOrder(org.steerdesk.awards.NominationStatus.values());
		// the essay contest's certificates print, the longest collective's name included, a page each
		long contest = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
			.sql("SELECT id FROM award_decisions WHERE decision_number = '126/QĐ-BCĐ35'").query(Long.class).single();
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(certificates.pdf(contest, null, org.steerdesk.support.World.system()))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(14);
		}
	}

	@Autowired
	org.steerdesk.contests.Contests contests;

	@Autowired
	org.steerdesk.contests.Scoring scoring;

	/** The 2nd essay contest: twelve units' entries, three judges (one conflict), every score in, results confirmed. */
	@Test
	void theDemoEssayContestIsJudgedAndConfirmed() {
		if (!demo.enabled()) {
			return;
		}
		var contest = contests.get("LS-CL2-2022");
		assertThat(contest.confirmed()).isTrue();
		assertThat(contests.judges(contest)).hasSize(3);
		var ranking = scoring.ranking(contest);
		assertThat(ranking).hasSize(12);
		assertThat(ranking.get(0).entry().code()).isEqualTo("CL-01");
		// the conflicted judge did not score CL-03
		assertThat(ranking.stream().filter(r -> r.entry().code().equals("CL-03")).findFirst().orElseThrow().totals()).hasSize(2);
	}

	/** The source's year-end conference: two co-chairs, the vice-chairman and the members attending, its programme and directions. */
	@Test
	void theDemoConferenceHasItsChairsAttendeesProgrammeAndDirections() {
		if (!demo.enabled()) {
			return;
		}
		var conference = gatheringDetails.of(gatherings.byCode("LS-G22-10").orElseThrow());
		assertThat(conference.people().stream().filter(p -> p.role() == org.steerdesk.gatherings.GatheringRole.CHAIR))
			.extracting(org.steerdesk.gatherings.GatheringDetails.Participant::fullName)
			.containsExactlyInAnyOrder("Hoàng Văn Nghiêm", "Phùng Quang Hội");
		assertThat(conference.people()).extracting(org.steerdesk.gatherings.GatheringDetails.Participant::fullName).contains("Dương Xuân Huyên");
		assertThat(conference.units()).hasSizeGreaterThanOrEqualTo(9);
		assertThat(conference.agenda()).hasSize(5);
		assertThat(conference.conclusions()).anyMatch(c -> c.text().contains("chuyên gia, cộng tác viên"));
		assertThat(trainers.of(trainings.byCode("LS-T22-01").orElseThrow())).hasSize(2);
	}

	@Test
	void demoProvinceIsLoadedOnlyOnTheEmbeddedDatabase() throws SQLException {
		boolean h2;
		try (var connection = dataSource.getConnection()) {
			h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
		}
		assertThat(demo.enabled()).isEqualTo(h2);
		if (!h2) {
			assertThat(units.byCode("LS")).isEmpty();
			return;
		}
		OrgUnit province = units.require("LS");
		assertThat(province.nameVi()).contains("demo");
		assertThat(unitTree.children(province.id()).stream().filter(u -> u.kind() == UnitKind.DISTRICT)).hasSizeGreaterThanOrEqualTo(10);
		Person head = people.byCode("P-NGHIEM").orElseThrow();
		assertThat(committees.termsOf(head.id())).extracting(CommitteeMember::role)
			.containsExactlyInAnyOrder(MemberRole.HEAD, MemberRole.HEAD);
		assertThat(committees.byCode("BCDTTDN")).isPresent();
		assertThat(committees.byCode("BCD35")).isPresent();
	}
}
