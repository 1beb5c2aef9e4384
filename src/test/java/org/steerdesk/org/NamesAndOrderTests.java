package org.steerdesk.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

/** Names, not codes, and the orders a Vietnamese office expects: lists, the tree, committee members, messages, the audit log. */
@SteerdeskTest
class NamesAndOrderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	org.steerdesk.external.Partners partners;

	World.Tree t;

	@BeforeEach
	void tree() {
		t = world.tree();
	}

	private String page(String address, String language) throws Exception {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get(address).with(user("admin").roles("ADMIN"))
			.header("Accept-Language", language)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(request.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void importMessagesNameAllowedValuesAsUsersSeeThem() {
		assertThatThrownBy(() -> world.importCsv("org-units", "code,name_vi,kind,parent_code\n%s-X,Thử,SO,%s\n".formatted(t.prefix(),
				t.province().code())))
			.hasMessageContaining("Province (PROVINCE)").hasMessageContaining("Agency or department (AGENCY)");
	}

	@Test
	void theAuditLogSpeaksTheUsersLanguageWithTheRawRecordBehindADisclosure() throws Exception {
		world.person(t.prefix() + "-P1", "Nguyễn Văn An", t.d1().code());
		String html = page("/admin/audit?type=person&key=" + t.prefix() + "-P1", "vi");
		assertThat(html).contains("Cán bộ", "Tạo mới", "họ và tên", "<details", "Bản ghi gốc (JSON)");
		assertThat(page("/admin/audit?type=person&key=" + t.prefix() + "-P1", "en")).contains("Official", "full name");
	}

	@Test
	void listsFollowTheOrdersAnOfficeUses() throws Exception {
		// officials by given name, in Vietnamese collation
		world.person(t.prefix() + "-P1", "Trần Thị Bình", t.d1().code());
		world.person(t.prefix() + "-P2", "Nguyễn Văn An", t.d1().code());
		world.person(t.prefix() + "-P3", "Lê Đức Ánh", t.d1().code());
		String unit = page("/org/units/" + t.d1().code(), "vi");
		assertThat(unit.indexOf("Nguyễn Văn An")).isLessThan(unit.indexOf("Lê Đức Ánh"));
		assertThat(unit.indexOf("Lê Đức Ánh")).isLessThan(unit.indexOf("Trần Thị Bình"));
		// committee members: the head first, whatever the order of their terms
		String committee = t.prefix() + "-BCD";
		world.importCsv("committees", """
				code,name_vi,name_en,scope_unit_code,document_style,reporting_window,governing_body_vi,symbol
				%s,Ban Chỉ đạo huyện,District committee,%s,STATE,CALENDAR,ỦY BAN NHÂN DÂN HUYỆN,BCĐ
				""".formatted(committee, t.d1().code()));
		world.importCsv("committee-members", """
				committee_code,person_code,role,from,to
				%1$s,%2$s-P1,MEMBER,2020-01-01,
				%1$s,%2$s-P2,HEAD,2021-01-01,
				""".formatted(committee, t.prefix()));
		String members = page("/org/committees/" + committee, "vi");
		assertThat(members.indexOf("Nguyễn Văn An")).isLessThan(members.indexOf("Trần Thị Bình"));
		// the tree in the province's order: its order field, then its own bodies before districts
		world.importCsv("org-units", """
				code,name_vi,kind,parent_code,sort_order
				%1$s-A,Sở Ngoại vụ %1$s,AGENCY,%2$s,
				%1$s-B,Báo Lạng Sơn %1$s,MEDIA_OUTLET,%2$s,1
				""".formatted(t.prefix(), t.province().code()));
		String tree = page("/org?unit=" + t.province().code(), "vi");
		assertThat(tree.indexOf("Báo Lạng Sơn " + t.prefix())).isPositive().isLessThan(tree.indexOf("Sở Ngoại vụ " + t.prefix()));
		assertThat(tree.indexOf("Sở Ngoại vụ " + t.prefix())).isLessThan(tree.indexOf(t.d2().nameVi()));
		// nationalities as text
		world.importCsv("delegations", """
				code,direction,name,purpose,start_date,end_date,host_unit_code,members
				%s-D,IN,Đoàn Quảng Tây,STUDY,2023-03-01,2023-03-02,%s,CN:5;VN:1
				""".formatted(t.prefix(), t.d1().code()));
		assertThat(page("/external/delegations?unit=" + t.d1().code(), "vi")).contains("Trung Quốc 5, Việt Nam 1");
	}

	@Test
	void officialsAndPartnersAreChosenByName() throws Exception {
		world.person(t.prefix() + "-HEAD", "Hoàng Văn Nghiêm " + t.prefix(), t.d1().code());
		String committee = t.prefix() + "-BCD";
		world.importCsv("committees", """
				code,name_vi,name_en,scope_unit_code,document_style,reporting_window,governing_body_vi,symbol
				%s,Ban Chỉ đạo huyện,District committee,%s,STATE,CALENDAR,ỦY BAN NHÂN DÂN HUYỆN,BCĐ
				""".formatted(committee, t.d1().code()));
		// an official suggested by name without diacritics, and taken by name
		String options = mvc.perform(get("/org/people/suggest").param("field", "personCode").param("personCode", "hoang van nghiem " + t.prefix())
			.with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(options).contains("data-value=\"" + t.prefix() + "-HEAD\"");
		mvc.perform(post("/org/committees/" + committee + "/members").with(user("admin").roles("ADMIN")).with(csrf())
			.param("personCode", "hoang van nghiem " + t.prefix()).param("role", "HEAD").param("from", "01/01/2024"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/org/committees/" + committee, "vi")).contains("Hoàng Văn Nghiêm " + t.prefix());
		// a partner suggested by name; a delegation naming it is linked to its record
		partners.save(new org.steerdesk.external.PartnerDraft(t.prefix() + "-GX", "Quảng Tây " + t.prefix(), null, "CN",
				org.steerdesk.external.PartnerKind.values()[0], null), World.system(), null);
		String partnerOptions = mvc.perform(get("/external/partners/suggest").param("field", "partner").param("partner", "quang tay " + t.prefix())
			.with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(partnerOptions).contains("data-value=\"" + t.prefix() + "-GX\"");
		world.importCsv("delegations", """
				code,direction,name,purpose,start_date,end_date,host_unit_code,members,partner
				%1$s-D,IN,Đoàn Quảng Tây,STUDY,2023-03-01,2023-03-02,%2$s,CN:5,quang tay %1$s
				""".formatted(t.prefix(), t.d1().code()));
		assertThat(page("/external/partners/" + t.prefix() + "-GX", "vi")).contains("Đoàn Quảng Tây");
		// lists search without diacritics
		assertThat(body(get("/external/delegations").param("q", "doan quang tay").param("unit", t.d1().code()))).contains(t.prefix() + "-D");
		assertThat(body(get("/external/partners").param("q", "QUANG TAY " + t.prefix()))).contains("Quảng Tây " + t.prefix());
	}

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void searchKeysWrittenWithDiacriticsAreRepairedByTheMigration() throws Exception {
		world.importCsv("delegations", """
				code,direction,name,purpose,start_date,end_date,host_unit_code,members
				%s-R,IN,Đoàn Gangwon,STUDY,2023-03-01,2023-03-02,%s,KR:2
				""".formatted(t.prefix(), t.d1().code()));
		org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
		jdbc.sql("UPDATE ext_delegations SET search_key = ? WHERE code = ?").params("ĐOÀN Gangwon " + t.prefix(), t.prefix() + "-R").update();
		try (java.sql.Connection connection = dataSource.getConnection()) {
			org.flywaydb.core.api.migration.Context context = org.mockito.Mockito.mock(org.flywaydb.core.api.migration.Context.class);
			org.mockito.Mockito.when(context.getConnection()).thenReturn(connection);
			new db.migration.V13__normalise_search_keys().migrate(context);
		}
		assertThat(jdbc.sql("SELECT search_key FROM ext_delegations WHERE code = ?").param(t.prefix() + "-R").query(String.class).single())
			.isEqualTo("doan gangwon " + t.prefix().toLowerCase(java.util.Locale.ROOT));
	}
}
