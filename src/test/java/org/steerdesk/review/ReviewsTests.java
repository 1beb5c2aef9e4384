package org.steerdesk.review;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Annual reviews: drafted over the committee's scope and window (spec §4), figures highlighted and
 * linked, edits versioned and compared, issuing numbered in the committee's own sequence with
 * frozen figures, documents from the API, templates with unknown keys refused, and every refusal.
 */
@SteerdeskTest
class ReviewsTests {

	@Autowired
	World world;

	@Autowired
	MockMvc mvc;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewNarratives narratives;

	@Autowired
	ReviewFigures reviewFigures;

	@Autowired
	org.steerdesk.figures.Figures figures;

	@Autowired
	org.springframework.context.MessageSource messages;

	World.Tree t;

	/** STATE committee over D1 by calendar year; PARTY committee over the province by Decree 09. */
	String state;

	String party;

	@BeforeEach
	void committees() {
		t = world.tree();
		state = t.prefix() + "-BCD";
		party = t.prefix() + "-BCD35";
		world.person(t.prefix() + "-HEAD", "Hoàng Văn Nghiêm", t.province().code());
		world.importCsv("committees", """
				code,name_vi,name_en,scope_unit_code,document_style,reporting_window,governing_body_vi,symbol
				%s,Ban Chỉ đạo công tác thông tin đối ngoại huyện,District External Information Committee,%s,STATE,CALENDAR,ỦY BAN NHÂN DÂN HUYỆN,BCĐ
				%s,Ban Chỉ đạo 35 tỉnh,Provincial Steering Committee 35,%s,PARTY,DECREE_09,TỈNH ỦY,BCĐ35
				""".formatted(state, t.d1().code(), party, t.province().code()));
		world.importCsv("committee-members", "committee_code,person_code,role,from,to\n%s,%s-HEAD,HEAD,2020-01-01,\n".formatted(state, t.prefix()));
		world.importCsv("delegations", """
				code,direction,name,purpose,start_date,end_date,host_unit_code,members
				%1$s-1,IN,Đoàn một,STUDY,2023-03-01,2023-03-02,%2$s,CN:5;VN:2
				%1$s-2,IN,Đoàn hai,INVESTMENT,2023-04-01,2023-04-03,%3$s,CN:1;KR:2
				%1$s-3,IN,Đoàn năm trước,STUDY,2022-05-01,2022-05-02,%2$s,CN:3
				%1$s-4,IN,Đoàn huyện khác,STUDY,2023-05-01,2023-05-02,%4$s,JP:4
				""".formatted(t.prefix(), t.d1().code(), t.c1().code(), t.d2().code()));
	}

	ResultActions createApi(String json, String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/reviews").with(httpBasic(username, password)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	long draft(String committee, int year, String language) {
		return reviews.create(committee, year, language, World.system()).id();
	}

	@Test
	void everyFigureHasALabelAndADefinitionInBothLanguages() {
		for (var definition : figures.catalogue()) {
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				assertThat(messages.getMessage(definition.labelKey(), null, null, locale)).as(definition.key() + " label " + locale).isNotBlank();
				assertThat(messages.getMessage(definition.labelKey() + ".definition", null, null, locale))
					.as(definition.key() + " definition " + locale).isNotBlank();
			}
		}
	}

	@Test
	void theApiDraftsOverTheCommitteesScopeAndWindow() throws Exception {
		createApi("{\"committee\":\"%s\",\"year\":2023}".formatted(state), "admin", World.ADMIN_PASSWORD)
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.from").value("2023-01-01"))
			.andExpect(jsonPath("$.to").value("2023-12-31"))
			.andExpect(jsonPath("$.figures[?(@.key=='external.delegations.in')].value").value(2))
			.andExpect(jsonPath("$.figures[?(@.key=='external.foreign_visitors')].value").value(8))
			.andExpect(jsonPath("$.figures[?(@.key=='external.countries')].value").value(2))
			.andExpect(jsonPath("$.previous.from").value("2022-01-01"))
			.andExpect(jsonPath("$.previous.figures[?(@.key=='external.delegations.in')].value").value(1))
			.andExpect(jsonPath("$.figures[?(@.key=='external.delegations.in')].drillDown").value(org.hamcrest.Matchers.hasItem(containsString("unit=" + t.d1().code()))));
		createApi("{\"committee\":\"%s\",\"year\":2023}".formatted(party), "admin", World.ADMIN_PASSWORD)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.from").value("2022-12-15"))
			.andExpect(jsonPath("$.to").value("2023-12-14"))
			.andExpect(jsonPath("$.figures[?(@.key=='external.delegations.in')].value").value(3));
	}

	@Test
	void theApiNamesTheFieldAtFaultAndWritesNothing() throws Exception {
		int before = reviews.list(World.system()).size();
		createApi("{\"year\":2023}", "admin", World.ADMIN_PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("committee"));
		createApi("{\"committee\":\"NOPE-X\",\"year\":2023}", "admin", World.ADMIN_PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("committee"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("NOPE-X")));
		createApi("{\"committee\":\"%s\",\"year\":1990}".formatted(state), "admin", World.ADMIN_PASSWORD)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("year"));
		createApi("{\"committee\":\"%s\",\"year\":\"2023x\"}".formatted(state), "admin", World.ADMIN_PASSWORD)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("year"));
		createApi("{\"committee\":\"%s\",\"year\":\"2023\",\"language\":\"fr\"}".formatted(state), "admin", World.ADMIN_PASSWORD)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("language"));
		createApi("not json", "admin", World.ADMIN_PASSWORD).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("valid JSON")));
		assertThat(reviews.list(World.system())).hasSize(before);
	}

	@Test
	void onlyTheCommitteesSecretariatDraftsAndOnlyItsScopeReads() throws Exception {
		String viewer = world.user("VIEWER", t.d1().code());
		String otherSecretariat = world.user("SECRETARIAT", t.d2().code());
		String secretariat = world.user("SECRETARIAT", t.d1().code());
		String otherEditor = world.user("EDITOR", t.d2().code());
		String json = "{\"committee\":\"%s\",\"year\":2023}".formatted(state);
		createApi(json, viewer, World.PASSWORD).andExpect(status().isForbidden());
		createApi(json, otherSecretariat, World.PASSWORD).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reviews").contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isUnauthorized());
		createApi(json, secretariat, World.PASSWORD).andExpect(status().isCreated());
		long id = draft(state, 2023, "vi");
		mvc.perform(get("/api/v1/reviews/" + id + "/document.docx").with(httpBasic(otherEditor, World.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/reviews/" + id).with(user(otherEditor))).andExpect(status().isForbidden());
		mvc.perform(get("/reviews/" + id).with(user(viewer))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/reviews/" + id + "/edit"))));
		mvc.perform(post("/reviews/" + id + "/edit").with(user(viewer)).with(csrf()).param("subject", "x").param("body", "y").param("basedOn", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/reviews/" + id + "/issue").with(user(viewer)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/reviews/templates/" + state + "/vi").with(user(viewer))).andExpect(status().isForbidden());
		assertThat(reviews.list(new org.steerdesk.shared.Actor(0, otherEditor, otherEditor, List.of()))).isEmpty();
	}

	@Test
	void theDraftPageHighlightsEveryFigureAndLinksItsDrillDown() throws Exception {
		long id = draft(state, 2023, "vi");
		String html = page(get("/reviews/" + id).with(user("admin")));
		assertThat(html).contains("<a class=\"figure-link\" href=\"/external/delegations?unit=" + t.d1().code()
				+ "&direction=IN&from=2023-01-01&to=2023-12-31\">2</a>");
		assertThat(text(html)).contains("làm việc với 2 đoàn, 8 lượt người nước ngoài đến từ 2 quốc gia và vùng lãnh thổ",
				"Số đoàn vào do các đơn vị thuộc phạm vi đón tiếp", "tăng 100% so với năm 2022");
		long english = draft(state, 2023, "en");
		String englishHtml = page(get("/reviews/" + english).with(user("admin")).header("Accept-Language", "en"));
		assertThat(englishHtml).contains("<a class=\"figure-link\" href=\"/external/countries?unit=" + t.d1().code());
		assertThat(text(englishHtml)).contains("worked with 2 delegations, 8 foreign visitors from 2 countries and territories");
	}

	@Test
	void editsAreVersionedComparedAndNeverLost() throws Exception {
		long id = draft(state, 2023, "vi");
		mvc.perform(post("/reviews/" + id + "/edit").with(user("admin")).with(csrf()).header("Accept-Language", "en")
			.param("subject", "Báo cáo năm 2023").param("body", "# I. KẾT QUẢ\n\nĐón {media.itemz} đoàn.").param("basedOn", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No figure has the key: media.itemz.")))
			.andExpect(content().string(containsString("id=\"body-error\"")));
		assertThat(narratives.versions(id, World.system())).hasSize(1);
		mvc.perform(post("/reviews/" + id + "/edit").with(user("admin")).with(csrf()).header("Accept-Language", "en")
			.param("subject", "x".repeat(1001)).param("body", "Văn bản \uE000 có ký tự lạ.").param("basedOn", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"subject-error\"")));
		assertThat(narratives.versions(id, World.system())).hasSize(1);
		mvc.perform(post("/reviews/" + id + "/edit").with(user("admin")).with(csrf())
			.param("subject", "Báo cáo năm 2023").param("body", "# I. KẾT QUẢ\n\nĐã đón **{external.delegations.in} đoàn** khách.\n\n- Việc một.").param("basedOn", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/reviews/" + id + "/edit").with(user("admin")).with(csrf()).header("Accept-Language", "en")
			.param("subject", "Khác").param("body", "Ghi đè.").param("basedOn", "1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("changed this record after you opened it")));
		assertThat(narratives.versions(id, World.system())).extracting(NarrativeVersion::number).containsExactly(2, 1);
		assertThat(page(get("/reviews/" + id).with(user("admin")))).contains("Đã đón <strong><a class=\"figure-link\"")
			.contains("class=\"narrative-item\">- Việc một.");
		mvc.perform(get("/reviews/" + id + "/versions").param("from", "1").param("to", "2").with(user("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ins>")))
			.andExpect(content().string(containsString("<del>")));
	}

	@Test
	void issuingNumbersInTheCommitteesSequenceFreezesFiguresAndShowsLaterChanges() throws Exception {
		long first = draft(state, 2023, "vi");
		long second = draft(state, 2023, "vi");
		long partyReview = draft(party, 2023, "vi");
		issue(first, "2024-01-05");
		issue(second, "2024-01-09");
		issue(partyReview, "2024-01-09");
		assertThat(reviews.get(first, World.system()).issue().number()).isEqualTo("Số: 01/BC-BCĐ");
		assertThat(reviews.get(second, World.system()).issue().number()).isEqualTo("Số: 02/BC-BCĐ");
		assertThat(reviews.get(partyReview, World.system()).issue().number()).isEqualTo("Số 01-BC/BCĐ35");
		byte[] issuedPdf = download(first, "pdf");

		world.importCsv("delegations", "code,direction,name,purpose,start_date,end_date,host_unit_code,members\n%s-5,IN,Đoàn muộn,STUDY,2023-09-01,2023-09-02,%s,LA:2\n"
			.formatted(t.prefix(), t.d1().code()));
		ReviewView view = reviews.view(first, World.system(), Locale.ENGLISH);
		assertThat(view.figures()).filteredOn(f -> f.key().equals("external.delegations.in")).extracting(FigureLine::issued).containsExactly(2L);
		assertThat(text(view.html())).contains("2 đoàn, 8 lượt người nước ngoài");
		assertThat(reviewFigures.sinceIssue(reviews.get(first, World.system()), World.system(), Locale.ENGLISH))
			.filteredOn(f -> f.key().equals("external.delegations.in"))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.issued()).isEqualTo(2);
				assertThat(f.value()).isEqualTo(3);
				assertThat(f.sinceIssue()).isEqualTo(1);
			});
		mvc.perform(get("/reviews/" + first).param("recompute", "true").with(user("admin")))
			.andExpect(content().string(containsString("id=\"since-issue\"")))
			.andExpect(content().string(containsString("+1")));
		assertThat(download(first, "pdf")).as("an issued report is never altered").isEqualTo(issuedPdf);
		mvc.perform(get("/api/v1/reviews/" + first).param("recompute", "true").with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.number").value("Số: 01/BC-BCĐ"))
			.andExpect(jsonPath("$.figures[?(@.key=='external.delegations.in')].issued").value(2))
			.andExpect(jsonPath("$.figures[?(@.key=='external.delegations.in')].value").value(3));
		try (PDDocument pdf = Loader.loadPDF(issuedPdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Số: 01/BC-BCĐ", "ngày 05 tháng 01 năm 2024", "Hoàng Văn Nghiêm", "2 đoàn, 8 lượt người nước ngoài",
					"PHỤ LỤC");
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("external.delegations.in");
		}
		mvc.perform(post("/reviews/" + first + "/edit").with(user("admin")).with(csrf()).header("Accept-Language", "en")
			.param("subject", "x").param("body", "y").param("basedOn", "1"))
			.andExpect(content().string(containsString("has been issued and can no longer be changed")));
		mvc.perform(post("/reviews/" + first + "/delete").with(user("admin")).with(csrf())).andExpect(status().isUnprocessableContent());
		assertThat(reviews.get(first, World.system()).issued()).isTrue();
	}

	@Test
	void aDraftCanBeDiscardedByItsSecretariatOnly() throws Exception {
		long id = draft(state, 2023, "vi");
		String viewer = world.user("VIEWER", t.d1().code());
		mvc.perform(post("/reviews/" + id + "/delete").with(user(viewer)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/reviews/" + id + "/delete").with(user("admin")).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/reviews/" + id).with(user("admin"))).andExpect(status().isNotFound());
	}

	@Test
	void theIssueFormNamesMissingFieldsAndIssuesNothing() throws Exception {
		long id = draft(state, 2023, "vi");
		mvc.perform(post("/reviews/" + id + "/issue").with(user("admin")).with(csrf()).header("Accept-Language", "en")
			.param("date", "2024-01-05").param("place", "").param("signaturePrefix", "TM. BAN CHỈ ĐẠO").param("signerTitle", "TRƯỞNG BAN")
			.param("signerName", "").param("recipients", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"place-error\"")))
			.andExpect(content().string(containsString("id=\"signerName-error\"")));
		assertThat(reviews.get(id, World.system()).issued()).isFalse();
		assertThat(page(get("/reviews/" + id + "/issue").with(user("admin")))).contains("value=\"Hoàng Văn Nghiêm\"", "value=\"TM. BAN CHỈ ĐẠO\"");
	}

	@Test
	void documentsComeFromTheApiInTheCommitteesStyle() throws Exception {
		long id = draft(party, 2023, "vi");
		byte[] docx = mvc.perform(get("/api/v1/reviews/" + id + "/document.docx").with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("wordprocessingml")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getTables().get(0).getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHỈ ĐẠO 35 TỈNH", "-BC/BCĐ35");
			assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList()).anyMatch(p -> p.contains("(Dự thảo)"));
		}
		mvc.perform(get("/api/v1/reviews/" + id + "/document.pdf").with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/api/v1/reviews/" + id + "/document.odt").with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reviews/999999999/document.pdf").with(httpBasic("admin", World.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aForgedHostHeaderNeverEndsUpInADocumentsAnnex() throws Exception {
		long id = draft(state, 2023, "vi");
		for (String host : new String[] { "evil.example", "localhost" }) {
			byte[] docx = mvc.perform(get("/api/v1/reviews/" + id + "/document.docx").with(httpBasic("admin", World.ADMIN_PASSWORD))
				.with(request -> {
					request.setServerName(host);
					request.addHeader("Host", host);
					return request;
				}))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
				String annex = doc.getTables().stream().map(t -> t.getText()).reduce("", String::concat);
				assertThat(annex).contains("/external/delegations?unit=");
				if (host.equals("evil.example")) {
					assertThat(annex).doesNotContain("evil.example");
				}
				else {
					assertThat(annex).contains("http://localhost/external/delegations?unit=");
				}
			}
		}
	}

	@Test
	void templatesRefuseUnknownKeysPreviewAndAreUsedByTheNextDraft() throws Exception {
		String path = "/reviews/templates/" + state + "/vi";
		assertThat(page(get(path).with(user("admin")))).contains("{external.delegations.in} đoàn");
		mvc.perform(post(path).with(user("admin")).with(csrf()).header("Accept-Language", "en")
			.param("title", "BÁO CÁO").param("subject", "Năm {year}").param("body", "Có {gatherings.eventz} sự kiện.").param("recipients", "Lưu: VT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No figure has the key: gatherings.eventz.")));
		mvc.perform(post(path).with(user("admin")).with(csrf()).param("preview", "1").param("previewYear", "2023")
			.param("title", "BÁO CÁO").param("subject", "Năm {year}").param("body", "Đón **{external.delegations.in}** đoàn, {external.foreign_visitors:change}.")
			.param("recipients", "Lưu: VT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"template-preview\"")))
			.andExpect(content().string(containsString("Năm 2023")))
			.andExpect(content().string(containsString("tăng 167% so với năm 2022")));
		long before = draft(state, 2023, "vi");
		assertThat(reviews.view(before, World.system(), Locale.ENGLISH).html()).contains("Hoạt động đối ngoại");
		mvc.perform(post(path).with(user("admin")).with(csrf())
			.param("title", "BÁO CÁO").param("subject", "Tổng kết năm {year}").param("body", "Riêng: {external.delegations.in} đoàn.")
			.param("recipients", "Thường trực Huyện ủy\nLưu: VT"))
			.andExpect(status().is3xxRedirection());
		long after = draft(state, 2023, "vi");
		ReviewView view = reviews.view(after, World.system(), Locale.ENGLISH);
		assertThat(view.subject()).isEqualTo("Tổng kết năm 2023");
		assertThat(view.html()).contains("Riêng: <a class=\"figure-link\"");
		assertThat(view.review().recipients()).containsExactly("Thường trực Huyện ủy", "Lưu: VT");
		mvc.perform(post(path + "/reset").with(user("admin")).with(csrf())).andExpect(status().is3xxRedirection());
		long reset = draft(state, 2023, "vi");
		assertThat(reviews.view(reset, World.system(), Locale.ENGLISH).html()).contains("Hoạt động đối ngoại");
	}

	/** The page's text with entities decoded (Thymeleaf writes form values with named entities). */
	String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void issuingRefusesTheTemplatesInstructionsAndAsksForConfirmation() throws Exception {
		long id = draft(state, 2023, "vi");
		// a past year's report is dated after its window, not today
		assertThat(page(get("/reviews/" + id + "/issue").with(user("admin")))).contains("value=\"01/01/2024\"");
		String refused = page(post("/reviews/" + id + "/issue").with(user("admin")).with(csrf()).param("confirmed", "true")
			.param("date", "01/01/2024").param("place", "Lạng Sơn").param("signaturePrefix", "TM. BAN CHỈ ĐẠO").param("signerTitle", "TRƯỞNG BAN")
			.param("signerName", "Hoàng Văn Nghiêm").param("recipients", "Lưu: VT"));
		assertThat(refused).contains("chỗ hướng dẫn của mẫu", "Ban Thư ký ghi");
		assertThat(reviews.get(id, World.system()).issued()).isFalse();
		complete(id);
		String unconfirmed = page(post("/reviews/" + id + "/issue").with(user("admin")).with(csrf())
			.param("date", "01/01/2024").param("place", "Lạng Sơn").param("signaturePrefix", "TM. BAN CHỈ ĐẠO").param("signerTitle", "TRƯỞNG BAN")
			.param("signerName", "").param("recipients", "Lưu: VT"));
		assertThat(unconfirmed).contains("Hãy xác nhận việc ban hành", "id=\"signerName-error\"");
		assertThat(reviews.get(id, World.system()).issued()).isFalse();
		issue(id, "01/01/2024");
		assertThat(reviews.get(id, World.system()).issue().date()).isEqualTo(java.time.LocalDate.of(2024, 1, 1));
		// an issued review offers no edit page, but says why
		assertThat(page(get("/reviews/" + id + "/edit").with(user("admin")))).contains("id=\"issued-notice\"", "Báo cáo đã ban hành")
			.doesNotContain("id=\"narrative-form\"");
	}

	@Test
	void draftingTwiceOrForAYearWithoutRecordsWarnsFirst() throws Exception {
		mvc.perform(post("/reviews").with(user("admin")).with(csrf()).param("committee", state).param("year", "2023").param("language", "vi"))
			.andExpect(status().is3xxRedirection());
		long first = reviews.list(World.system()).stream().filter(r -> r.year() == 2023).findFirst().orElseThrow().id();
		String again = page(post("/reviews").with(user("admin")).with(csrf()).param("committee", state).param("year", "2023")
			.param("language", "vi"));
		assertThat(again).contains("id=\"draft-warning\"", "href=\"/reviews/" + first + "\"");
		long drafts = reviews.list(World.system()).stream().filter(r -> r.committeeId() == reviews.get(first, World.system()).committeeId()).count();
		mvc.perform(post("/reviews").with(user("admin")).with(csrf()).param("committee", state).param("year", "2023").param("language", "vi")
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(reviews.list(World.system()).stream().filter(r -> r.committeeId() == reviews.get(first, World.system()).committeeId()).count())
			.isEqualTo(drafts + 1);
		assertThat(page(post("/reviews").with(user("admin")).with(csrf()).param("committee", state).param("year", "2019")
			.param("language", "vi"))).contains("Năm 2019 chưa có hồ sơ nào");
		// the list names each review's committee
		assertThat(page(get("/reviews").with(user("admin")))).contains("Ban Chỉ đạo công tác thông tin đối ngoại huyện");
	}

	@Test
	void aYearBeforeWithoutRecordsIsNoDataNeverZero() throws Exception {
		long id = draft(state, 2022, "vi");
		assertThat(page(get("/reviews/" + id).with(user("admin")))).contains("Không có dữ liệu năm 2021");
		assertThat(FigureText.fill("Đón {x} đoàn ({x:change}), tiếp {y} lượt khách, {y:change}; cử {z} đoàn {z:change}.", Map.of("x", 3L, "y",
				8L, "z", 1L), Map.of("x", 0L, "y", 0L, "z", 0L), "2021", Locale.forLanguageTag("vi")).text())
			.isEqualTo("Đón 3 đoàn, tiếp 8 lượt khách; cử 1 đoàn.");
	}

	@Test
	void documentsAnOfficeAccepts() throws Exception {
		long id = draft(state, 2023, "vi");
		complete(id);
		issue(id, "05/01/2024");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(id, "docx")))) {
			// real styles in Vietnamese, so that Word checks spelling in Vietnamese and an office can restyle
			for (String style : List.of("Normal", "Title", "Heading1", "Heading2", "AnnexTable")) {
				assertThat(doc.getStyles().styleExist(style)).as(style).isTrue();
			}
			assertThat(doc.getStyle().toString()).contains("w:val=\"vi-VN\"");
			assertThat(doc.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyleID()) && p.getText().startsWith("I."));
			// a short rule under the issuing body (a paragraph with only a bottom border)
			assertThat(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs())
				.anyMatch(p -> p.getText().isEmpty() && p.getBorderBottom() == org.apache.poi.xwpf.usermodel.Borders.SINGLE);
			// the annex: attached to the report by number and date, labels not keys, numbers right-aligned,
			// the header repeated on every page and no row split across pages
			assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().contains("(Kèm theo Báo cáo số 01/BC-BCĐ ngày 05/01/2024 của"));
			var annex = doc.getTables().get(doc.getTables().size() - 1);
			assertThat(annex.getStyleID()).isEqualTo("AnnexTable");
			assertThat(annex.getRow(0).getTableCells().stream().map(c -> c.getText()).toList().toString()).contains("Năm 2023", "Năm 2022").doesNotContain("Mã số liệu");
			assertThat(annex.getRow(0).isRepeatHeader()).isTrue();
			assertThat(annex.getRows().subList(1, annex.getRows().size())).allMatch(r -> r.isCantSplitRow());
			var visitors = annex.getRows().stream().filter(r -> r.getCell(1).getText().startsWith("Lượt khách nước ngoài")).findFirst()
				.orElseThrow();
			assertThat(visitors.getCell(2).getText()).isEqualTo("8");
			assertThat(visitors.getCell(2).getParagraphs().get(0).getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
		}
		try (PDDocument pdf = Loader.loadPDF(download(id, "pdf"))) {
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(reviews.get(id, World.system()).subject());
		}
		// a year whose year before has no records: no previous-year column at all
		long first = draft(state, 2022, "vi");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(first, "docx")))) {
			var annex = doc.getTables().get(doc.getTables().size() - 1);
			assertThat(annex.getRow(0).getTableCells()).hasSize(3);
			assertThat(annex.getRow(0).getTableCells().stream().map(c -> c.getText()).toList().toString()).contains("Năm 2022").doesNotContain("Năm 2021");
		}
		// the Party's style: a star under the issuing body, T/M in the signature
		long party2023 = draft(party, 2023, "vi");
		assertThat(page(get("/reviews/" + party2023 + "/issue").with(user("admin")))).contains("value=\"T/M BAN CHỈ ĐẠO\"");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(party2023, "docx")))) {
			assertThat(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs()).anyMatch(p -> p.getText().equals("*"));
		}
		// the issuing body breaks where an office breaks it
		assertThat(org.steerdesk.documents.OfficialDocument.bodyLines("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"))
			.containsExactly("ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN");
		assertThat(org.steerdesk.documents.OfficialDocument.bodyLines("TỈNH ỦY LẠNG SƠN")).containsExactly("TỈNH ỦY LẠNG SƠN");
	}

	static String text(String html) {
		return html.replaceAll("<[^>]+>", "");
	}

	/** Writes what the template leaves to the secretariat (its "*(...)*" instructions), as a secretariat does before issuing. */
	void complete(long id) {
		NarrativeVersion latest = narratives.versions(id, World.system()).get(0);
		narratives.saveNarrative(id, reviews.get(id, World.system()).subject(),
				latest.body().replaceAll("(?m)^\\*\\(.*\\)\\*$", "Ban Thư ký đã ghi nội dung."), "hoàn thiện", latest.number(), World.system());
	}

	void issue(long id, String date) throws Exception {
		complete(id);
		mvc.perform(post("/reviews/" + id + "/issue").with(user("admin")).with(csrf()).param("confirmed", "true")
			.param("date", date).param("place", "Lạng Sơn").param("signaturePrefix", "TM. BAN CHỈ ĐẠO").param("signerTitle", "TRƯỞNG BAN")
			.param("signerName", "Hoàng Văn Nghiêm").param("recipients", "Thường trực Tỉnh ủy\nLưu: VT"))
			.andExpect(status().is3xxRedirection());
	}

	byte[] download(long id, String format) throws Exception {
		return mvc.perform(get("/reviews/" + id + "/document." + format).with(user("admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
	}
}
