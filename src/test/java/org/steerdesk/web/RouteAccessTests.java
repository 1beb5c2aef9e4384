package org.steerdesk.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.steerdesk.external.PartnerDraft;
import org.steerdesk.external.PartnerKind;
import org.steerdesk.external.Partners;
import org.steerdesk.imports.ImportJobs;
import org.steerdesk.media.Items;
import org.steerdesk.media.Shares;
import org.steerdesk.support.SteerdeskTest;
import org.steerdesk.support.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every page and endpoint of the application's own route table, probed by every kind of user: no
 * one signed in, users whose roles hold only on another district, a judge, a viewer of the
 * record's own unit. A route missing from {@link #routes} fails the test, so a new route cannot
 * escape it; no probe may answer 500.
 */
@SteerdeskTest
class RouteAccessTests {

	/** Who may use a route. */
	enum Access {
		/** Anyone, signed in or not. */
		PUBLIC,
		/** Any signed-in user, on their own account or scope. */
		SELF,
		/** Administrators only. */
		ADMIN,
		/** Readers of the record's unit (READ there). */
		READ,
		/** Editors of the record's unit (EDIT_RECORDS there). */
		EDIT,
		/** Secretariats of the record's unit (MANAGE there). */
		MANAGE,
		/** Readers of any unit (records that belong to no unit, such as foreign partners). */
		ANY_READER,
		/** Readers of any unit, each shown their own scope: an outsider's page must not show D1's records. */
		OWN_SCOPE,
		/** Secretariats of any unit (forms to create units and committees). */
		ANY_MANAGER,
		/** Editors of any unit. */
		ANY_EDITOR
	}

	record Route(Access access, Function<Fixture, String> url, Map<String, String> params) {
	}

	/** The records every probe aims at: all of district D1 (or the province), none of district D2. */
	record Fixture(World.Tree t, String committee, long item, long share, long review, String job, String partner, long file,
			long courseFile, long decision, long recipient, long draft, long collective, long nomination, long evidence, long scan, long entry,
			long entryFile) {
	}

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	org.steerdesk.awards.Decisions decisions;

	@Autowired
	org.steerdesk.awards.Nominations nominations;

	@Autowired
	org.steerdesk.contests.Contests contests;

	@Autowired
	org.steerdesk.contests.ContestEntries contestEntries;

	@Autowired
	MockMvc mvc;

	@Autowired
	World world;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Items items;

	@Autowired
	Shares shares;

	@Autowired
	Partners partners;

	@Autowired
	org.steerdesk.files.Files files;

	@Autowired
	ImportJobs jobs;

	@Autowired
	org.steerdesk.review.Reviews reviews;

	static Map<String, String> p(String... kv) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			params.put(kv[i], kv[i + 1]);
		}
		return params;
	}

	static Route r(Access access, Function<Fixture, String> url, String... params) {
		return new Route(access, url, p(params));
	}

	/** The route table: "METHOD pattern" → who may, and a concrete request aimed at D1's records. */
	static Map<String, Route> routes() {
		Map<String, Route> routes = new LinkedHashMap<>();
		// pages and the session's own things
		routes.put("GET /", r(Access.SELF, f -> "/"));
		routes.put("GET /login", r(Access.PUBLIC, f -> "/login"));
		routes.put("GET /error/403", r(Access.PUBLIC, f -> "/error/403"));
		routes.put("GET /error", r(Access.PUBLIC, f -> "/error"));
		routes.put("GET /profile", r(Access.SELF, f -> "/profile"));
		routes.put("POST /profile/tokens", r(Access.SELF, f -> "/profile/tokens", "name", "probe"));
		routes.put("POST /profile/tokens/{id}/revoke", r(Access.SELF, f -> "/profile/tokens/999999/revoke"));
		routes.put("GET /profile/password", r(Access.SELF, f -> "/profile/password"));
		routes.put("POST /profile/password", r(Access.SELF, f -> "/profile/password"));
		// administration
		routes.put("GET /admin/users", r(Access.ADMIN, f -> "/admin/users"));
		routes.put("GET /admin/users/new", r(Access.ADMIN, f -> "/admin/users/new"));
		routes.put("POST /admin/users/new", r(Access.ADMIN, f -> "/admin/users/new", "username", "probe.user"));
		routes.put("GET /admin/users/{username}", r(Access.ADMIN, f -> "/admin/users/admin"));
		routes.put("POST /admin/users/{username}", r(Access.ADMIN, f -> "/admin/users/admin", "displayName", "X"));
		routes.put("POST /admin/users/{username}/unlock", r(Access.ADMIN, f -> "/admin/users/admin/unlock"));
		routes.put("POST /api/v1/users", r(Access.ADMIN, f -> "/api/v1/users"));
		routes.put("GET /admin/audit", r(Access.ADMIN, f -> "/admin/audit"));
		// org
		routes.put("GET /org", r(Access.OWN_SCOPE, f -> "/org?unit=" + f.t().d1().code()));
		routes.put("GET /org/units/suggest", r(Access.OWN_SCOPE, f -> "/org/units/suggest?field=unit&unit=" + f.t().d1().code()));
		routes.put("GET /org/units/{code}", r(Access.READ, f -> "/org/units/" + f.t().d1().code()));
		routes.put("GET /org/units/new", r(Access.ANY_MANAGER, f -> "/org/units/new"));
		routes.put("POST /org/units/new", r(Access.MANAGE, f -> "/org/units/new", "code", "PROBE-U", "nameVi", "Thử", "kind", "COMMUNE",
				"parentCode", "%D1%"));
		routes.put("GET /org/units/{code}/edit", r(Access.MANAGE, f -> "/org/units/" + f.t().d1().code() + "/edit"));
		routes.put("POST /org/units/{code}/edit", r(Access.MANAGE, f -> "/org/units/" + f.t().d1().code() + "/edit", "nameVi", "Đổi"));
		routes.put("GET /org/people", r(Access.OWN_SCOPE, f -> "/org/people?unit=" + f.t().d1().code()));
		routes.put("GET /org/people/suggest", r(Access.OWN_SCOPE, f -> "/org/people/suggest?field=personCode&personCode=" + f.t().prefix() + "-PER"));
		routes.put("GET /org/people/{code}", r(Access.READ, f -> "/org/people/" + f.t().prefix() + "-PER"));
		routes.put("GET /org/people/new", r(Access.ANY_EDITOR, f -> "/org/people/new"));
		routes.put("POST /org/people/new", r(Access.EDIT, f -> "/org/people/new", "code", "PROBE-P", "fullName", "Thử", "unitCode", "%D1%"));
		routes.put("GET /org/people/{code}/edit", r(Access.EDIT, f -> "/org/people/" + f.t().prefix() + "-PER/edit"));
		routes.put("POST /org/people/{code}/edit", r(Access.EDIT, f -> "/org/people/" + f.t().prefix() + "-PER/edit", "fullName", "Đổi",
				"unitCode", "%D1%"));
		routes.put("GET /org/committees", r(Access.OWN_SCOPE, f -> "/org/committees"));
		routes.put("GET /org/committees/{code}", r(Access.READ, f -> "/org/committees/" + f.committee()));
		routes.put("POST /org/committees/{code}/members", r(Access.MANAGE, f -> "/org/committees/" + f.committee() + "/members",
				"personCode", "%P%-PER", "role", "MEMBER", "from", "2023-01-01"));
		routes.put("GET /org/committees/new", r(Access.ANY_MANAGER, f -> "/org/committees/new"));
		routes.put("POST /org/committees/new", r(Access.MANAGE, f -> "/org/committees/new", "code", "PROBE-C", "nameVi", "Thử",
				"scopeUnitCode", "%D1%", "documentStyle", "STATE", "reportingWindow", "CALENDAR"));
		routes.put("GET /org/committees/{code}/edit", r(Access.MANAGE, f -> "/org/committees/" + f.committee() + "/edit"));
		routes.put("POST /org/committees/{code}/edit", r(Access.MANAGE, f -> "/org/committees/" + f.committee() + "/edit", "nameVi", "Đổi",
				"scopeUnitCode", "%D1%", "documentStyle", "STATE", "reportingWindow", "CALENDAR"));
		// media
		routes.put("GET /media", r(Access.SELF, f -> "/media"));
		routes.put("GET /media/items", r(Access.READ, f -> "/media/items?unit=" + f.t().d1().code()));
		routes.put("GET /media/shares", r(Access.READ, f -> "/media/shares?unit=" + f.t().d1().code()));
		routes.put("GET /media/views", r(Access.READ, f -> "/media/views?unit=" + f.t().d1().code()));
		routes.put("GET /media/items/export.{format}", r(Access.READ, f -> "/media/items/export.csv?unit=" + f.t().d1().code()));
		routes.put("GET /media/shares/export.{format}", r(Access.READ, f -> "/media/shares/export.xlsx?unit=" + f.t().d1().code()));
		routes.put("GET /media/stats", r(Access.READ, f -> "/media/stats?unit=" + f.t().d1().code()));
		routes.put("GET /media/channels", r(Access.OWN_SCOPE, f -> "/media/channels?unit=" + f.t().d1().code()));
		routes.put("GET /media/channels/{code}", r(Access.READ, f -> "/media/channels/" + f.t().prefix() + "-WEB"));
		routes.put("POST /media/channels/{code}/poll", r(Access.EDIT, f -> "/media/channels/" + f.t().prefix() + "-WEB/poll"));
		routes.put("GET /media/channels/new", r(Access.ANY_EDITOR, f -> "/media/channels/new"));
		routes.put("POST /media/channels/new", r(Access.EDIT, f -> "/media/channels/new", "code", "PROBE-CH", "name", "Thử", "type", "PORTAL",
				"unitCode", "%D1%"));
		routes.put("GET /media/channels/{code}/edit", r(Access.EDIT, f -> "/media/channels/" + f.t().prefix() + "-WEB/edit"));
		routes.put("POST /media/channels/{code}/edit", r(Access.EDIT, f -> "/media/channels/" + f.t().prefix() + "-WEB/edit", "name", "Đổi",
				"type", "PORTAL", "unitCode", "%D1%"));
		routes.put("GET /media/items/{id}", r(Access.READ, f -> "/media/items/" + f.item()));
		routes.put("POST /media/items/{id}/observations", r(Access.EDIT, f -> "/media/items/" + f.item() + "/observations", "metric", "VIEWS",
				"value", "5", "observedAt", "2023-02-01T10:00"));
		routes.put("GET /media/items/new", r(Access.ANY_EDITOR, f -> "/media/items/new"));
		routes.put("POST /media/items/new", r(Access.EDIT, f -> "/media/items/new", "url", "https://probe.example/new", "title", "Thử",
				"kind", "NEWS", "publishedAt", "2023-02-01T10:00", "channelCode", "%P%-WEB", "unitCode", "%D1%"));
		routes.put("GET /media/items/{id}/edit", r(Access.EDIT, f -> "/media/items/" + f.item() + "/edit"));
		routes.put("POST /media/items/{id}/edit", r(Access.EDIT, f -> "/media/items/" + f.item() + "/edit", "title", "Đổi", "kind", "NEWS",
				"publishedAt", "2023-02-01T10:00", "channelCode", "%P%-WEB", "unitCode", "%D1%", "version", "0"));
		routes.put("GET /media/shares/new", r(Access.ANY_EDITOR, f -> "/media/shares/new"));
		routes.put("POST /media/shares/new", r(Access.EDIT, f -> "/media/shares/new", "url", "https://fb.example/probe", "channelCode",
				"%P%-FB", "sharedAt", "2023-02-01T10:00", "unitCode", "%D1%"));
		routes.put("GET /media/shares/{id}/edit", r(Access.EDIT, f -> "/media/shares/" + f.share() + "/edit"));
		routes.put("POST /media/shares/{id}/edit", r(Access.EDIT, f -> "/media/shares/" + f.share() + "/edit", "channelCode", "%P%-FB",
				"sharedAt", "2023-02-01T10:00", "unitCode", "%D1%", "version", "0"));
		// external
		routes.put("GET /external", r(Access.SELF, f -> "/external"));
		routes.put("GET /external/delegations", r(Access.READ, f -> "/external/delegations?unit=" + f.t().d1().code()));
		routes.put("GET /external/countries", r(Access.READ, f -> "/external/countries?unit=" + f.t().d1().code()));
		routes.put("GET /external/meetings", r(Access.READ, f -> "/external/meetings?unit=" + f.t().d1().code()));
		routes.put("GET /external/delegations/export.{format}", r(Access.READ, f -> "/external/delegations/export.csv?unit=" + f.t().d1().code()));
		routes.put("GET /external/meetings/export.{format}", r(Access.READ, f -> "/external/meetings/export.xlsx?unit=" + f.t().d1().code()));
		routes.put("GET /external/stats", r(Access.READ, f -> "/external/stats?unit=" + f.t().d1().code()));
		routes.put("GET /external/delegations/{code}", r(Access.READ, f -> "/external/delegations/" + f.t().prefix() + "-DL"));
		routes.put("POST /external/delegations/{code}/people", r(Access.EDIT, f -> "/external/delegations/" + f.t().prefix() + "-DL/people",
				"fullName", "Kim", "nationality", "KR"));
		routes.put("POST /external/delegations/{code}/people/{id}/remove",
				r(Access.EDIT, f -> "/external/delegations/" + f.t().prefix() + "-DL/people/999999/remove"));
		routes.put("GET /external/delegations/new", r(Access.ANY_EDITOR, f -> "/external/delegations/new"));
		routes.put("POST /external/delegations/new", r(Access.EDIT, f -> "/external/delegations/new", "code", "PROBE-DL", "direction", "IN",
				"name", "Thử", "purposes", "STUDY", "start", "2023-03-01", "end", "2023-03-02", "hostUnitCode", "%D1%", "members", "CN:1"));
		routes.put("GET /external/delegations/{code}/edit", r(Access.EDIT, f -> "/external/delegations/" + f.t().prefix() + "-DL/edit"));
		routes.put("POST /external/delegations/{code}/edit", r(Access.EDIT, f -> "/external/delegations/" + f.t().prefix() + "-DL/edit",
				"direction", "IN", "name", "Đổi", "purposes", "STUDY", "start", "2023-03-01", "end", "2023-03-02", "hostUnitCode", "%D1%",
				"members", "CN:1", "version", "0"));
		routes.put("GET /external/meetings/{code}", r(Access.READ, f -> "/external/meetings/" + f.t().prefix() + "-MT"));
		routes.put("POST /external/meetings/{code}/actions", r(Access.EDIT, f -> "/external/meetings/" + f.t().prefix() + "-MT/actions",
				"description", "Việc", "dueDate", "2023-05-01"));
		routes.put("POST /external/meetings/{code}/actions/{id}/done",
				r(Access.EDIT, f -> "/external/meetings/" + f.t().prefix() + "-MT/actions/999999/done"));
		routes.put("GET /external/meetings/new", r(Access.ANY_EDITOR, f -> "/external/meetings/new"));
		routes.put("POST /external/meetings/new", r(Access.EDIT, f -> "/external/meetings/new", "code", "PROBE-MT", "date", "2023-04-01",
				"mode", "ONLINE", "partner", "X", "country", "CN", "topic", "Thử", "unitCode", "%D1%"));
		routes.put("GET /external/meetings/{code}/edit", r(Access.EDIT, f -> "/external/meetings/" + f.t().prefix() + "-MT/edit"));
		routes.put("POST /external/meetings/{code}/edit", r(Access.EDIT, f -> "/external/meetings/" + f.t().prefix() + "-MT/edit",
				"date", "2023-04-01", "mode", "ONLINE", "partner", "X", "country", "CN", "topic", "Đổi", "unitCode", "%D1%", "version", "0"));
		// gatherings and training
		routes.put("GET /gatherings", r(Access.READ, f -> "/gatherings?unit=" + f.t().d1().code()));
		routes.put("GET /gatherings/export.{format}", r(Access.READ, f -> "/gatherings/export.csv?unit=" + f.t().d1().code()));
		routes.put("GET /gatherings/stats", r(Access.READ, f -> "/gatherings/stats?unit=" + f.t().d1().code()));
		routes.put("GET /gatherings/{code}", r(Access.READ, f -> "/gatherings/" + f.t().prefix() + "-GT"));
		routes.put("GET /gatherings/new", r(Access.ANY_EDITOR, f -> "/gatherings/new"));
		routes.put("POST /gatherings/new", r(Access.EDIT, f -> "/gatherings/new", "code", "PROBE-GT", "type", "CONFERENCE", "title", "Thử",
				"start", "2023-12-12", "organiserUnitCode", "%D1%"));
		routes.put("GET /gatherings/{code}/edit", r(Access.EDIT, f -> "/gatherings/" + f.t().prefix() + "-GT/edit"));
		routes.put("POST /gatherings/{code}/edit", r(Access.EDIT, f -> "/gatherings/" + f.t().prefix() + "-GT/edit", "type", "SEMINAR",
				"title", "Đổi", "start", "2023-12-12", "organiserUnitCode", "%D1%", "version", "0"));
		routes.put("POST /gatherings/{code}/people", r(Access.EDIT, f -> "/gatherings/" + f.t().prefix() + "-GT/people", "person",
				"%P%-PER", "role", "CHAIR"));
		routes.put("POST /gatherings/{code}/people/{id}/attendance",
				r(Access.EDIT, f -> "/gatherings/" + f.t().prefix() + "-GT/people/999999/attendance", "attendance", "ABSENT"));
		routes.put("POST /gatherings/{code}/agenda", r(Access.EDIT, f -> "/gatherings/" + f.t().prefix() + "-GT/agenda", "title", "Khai mạc"));
		routes.put("POST /gatherings/{code}/conclusions", r(Access.EDIT, f -> "/gatherings/" + f.t().prefix() + "-GT/conclusions", "text",
				"Tiếp tục"));
		routes.put("POST /gatherings/{code}/units", r(Access.EDIT, f -> "/gatherings/" + f.t().prefix() + "-GT/units", "unit", "%D1%"));
		routes.put("POST /gatherings/{code}/{part:people|units|agenda|conclusions}/{id}/remove",
				r(Access.EDIT, f -> "/gatherings/" + f.t().prefix() + "-GT/agenda/999999/remove"));
		routes.put("POST /training/{code}/participants", r(Access.EDIT, f -> "/training/" + f.t().prefix() + "-TR/participants", "person",
				"%P%-PER"));
		routes.put("POST /training/{code}/participants/{id}/completed",
				r(Access.EDIT, f -> "/training/" + f.t().prefix() + "-TR/participants/999999/completed", "completed", "true"));
		routes.put("POST /training/{code}/trainers", r(Access.EDIT, f -> "/training/" + f.t().prefix() + "-TR/trainers", "name",
				"Trần Bá Dung", "position", "Giảng viên"));
		routes.put("POST /training/{code}/trainers/{id}/remove",
				r(Access.EDIT, f -> "/training/" + f.t().prefix() + "-TR/trainers/999999/remove"));
		routes.put("POST /training/{code}/participants/{id}/remove",
				r(Access.EDIT, f -> "/training/" + f.t().prefix() + "-TR/participants/999999/remove"));
		routes.put("GET /gatherings/{code}/{paper:programme|attendance}.pdf",
				r(Access.READ, f -> "/gatherings/" + f.t().prefix() + "-GT/attendance.pdf"));
		routes.put("POST /gatherings/{code}/files", r(Access.EDIT, f -> "/gatherings/" + f.t().prefix() + "-GT/files"));
		routes.put("GET /gatherings/{code}/files/{id}", r(Access.READ, f -> "/gatherings/" + f.t().prefix() + "-GT/files/" + f.file()));
		routes.put("POST /gatherings/{code}/files/{id}/remove",
				r(Access.EDIT, f -> "/gatherings/" + f.t().prefix() + "-GT/files/999999/remove"));
		routes.put("POST /training/{code}/files", r(Access.EDIT, f -> "/training/" + f.t().prefix() + "-TR/files"));
		routes.put("GET /training/{code}/files/{id}", r(Access.READ, f -> "/training/" + f.t().prefix() + "-TR/files/" + f.courseFile()));
		routes.put("POST /training/{code}/files/{id}/remove", r(Access.EDIT, f -> "/training/" + f.t().prefix() + "-TR/files/999999/remove"));
		routes.put("GET /training", r(Access.READ, f -> "/training?unit=" + f.t().d1().code()));
		routes.put("GET /training/export.{format}", r(Access.READ, f -> "/training/export.csv?unit=" + f.t().d1().code()));
		routes.put("GET /training/{code}", r(Access.READ, f -> "/training/" + f.t().prefix() + "-TR"));
		routes.put("GET /training/new", r(Access.ANY_EDITOR, f -> "/training/new"));
		routes.put("POST /training/new", r(Access.EDIT, f -> "/training/new", "code", "PROBE-TR", "title", "Thử", "targetGroup", "STAFF",
				"startDate", "2023-05-01", "endDate", "2023-05-02", "organiserUnitCode", "%D1%"));
		routes.put("GET /training/{code}/edit", r(Access.EDIT, f -> "/training/" + f.t().prefix() + "-TR/edit"));
		routes.put("POST /training/{code}/edit", r(Access.EDIT, f -> "/training/" + f.t().prefix() + "-TR/edit", "title", "Đổi",
				"targetGroup", "STAFF", "startDate", "2023-05-01", "endDate", "2023-05-02", "organiserUnitCode", "%D1%", "version", "0"));
		routes.put("GET /external/partners", r(Access.ANY_READER, f -> "/external/partners"));
		routes.put("GET /external/partners/suggest", r(Access.ANY_READER, f -> "/external/partners/suggest?field=partner&partner=" + f.partner()));
		routes.put("GET /external/partners/{code}", r(Access.ANY_READER, f -> "/external/partners/" + f.partner()));
		routes.put("POST /external/partners/{code}/partnerships", r(Access.EDIT, f -> "/external/partners/" + f.partner() + "/partnerships",
				"unitCode", "%D1%", "kind", "SISTER_LOCALITY", "start", "2020-01-01"));
		routes.put("GET /external/partners/new", r(Access.ANY_EDITOR, f -> "/external/partners/new"));
		routes.put("POST /external/partners/new", r(Access.ANY_EDITOR, f -> "/external/partners/new", "code", "PROBE-PT", "name", "X",
				"country", "CN", "kind", "LOCALITY"));
		routes.put("GET /external/partners/{code}/edit", r(Access.ANY_EDITOR, f -> "/external/partners/" + f.partner() + "/edit"));
		routes.put("POST /external/partners/{code}/edit", r(Access.ANY_EDITOR, f -> "/external/partners/" + f.partner() + "/edit", "name", "Y",
				"country", "CN", "kind", "LOCALITY", "version", "0"));
		// figures, reviews
		routes.put("GET /figures", r(Access.READ, f -> "/figures?unit=" + f.t().d1().code() + "&year=2023&window=CALENDAR"));
		routes.put("GET /api/v1/figures", r(Access.READ, f -> "/api/v1/figures?unit=" + f.t().d1().code() + "&year=2023&window=CALENDAR"));
		routes.put("GET /reviews", r(Access.SELF, f -> "/reviews"));
		routes.put("POST /reviews", r(Access.MANAGE, f -> "/reviews", "committee", "%C%", "year", "2023", "language", "vi"));
		routes.put("GET /reviews/{id}", r(Access.READ, f -> "/reviews/" + f.review()));
		routes.put("GET /reviews/{id}/edit", r(Access.MANAGE, f -> "/reviews/" + f.review() + "/edit"));
		routes.put("POST /reviews/{id}/edit", r(Access.MANAGE, f -> "/reviews/" + f.review() + "/edit", "subject", "X", "body", "Y",
				"baseVersion", "1"));
		routes.put("GET /reviews/{id}/versions", r(Access.READ, f -> "/reviews/" + f.review() + "/versions"));
		routes.put("GET /reviews/{id}/issue", r(Access.MANAGE, f -> "/reviews/" + f.review() + "/issue"));
		routes.put("POST /reviews/{id}/issue", r(Access.MANAGE, f -> "/reviews/" + f.review() + "/issue", "date", "2024-01-05", "place", "X",
				"signaturePrefix", "TM.", "signerTitle", "T", "signerName", "N", "recipients", "R"));
		routes.put("POST /reviews/{id}/delete", r(Access.MANAGE, f -> "/reviews/" + f.review() + "/delete"));
		routes.put("GET /reviews/{id}/document.{format}", r(Access.READ, f -> "/reviews/" + f.review() + "/document.pdf"));
		routes.put("GET /reviews/templates", r(Access.SELF, f -> "/reviews/templates"));
		routes.put("GET /reviews/templates/{code}/{language}", r(Access.MANAGE, f -> "/reviews/templates/" + f.committee() + "/vi"));
		routes.put("POST /reviews/templates/{code}/{language}", r(Access.MANAGE, f -> "/reviews/templates/" + f.committee() + "/vi",
				"title", "BÁO CÁO", "subject", "X", "body", "Y", "recipients", "Z"));
		routes.put("POST /reviews/templates/{code}/{language}/reset", r(Access.MANAGE, f -> "/reviews/templates/" + f.committee() + "/vi/reset"));
		routes.put("POST /api/v1/reviews", r(Access.MANAGE, f -> "/api/v1/reviews"));
		routes.put("GET /api/v1/reviews/{id}", r(Access.READ, f -> "/api/v1/reviews/" + f.review()));
		routes.put("GET /api/v1/reviews/{id}/document.{format}", r(Access.READ, f -> "/api/v1/reviews/" + f.review() + "/document.docx"));
		// imports
		routes.put("GET /imports", r(Access.SELF, f -> "/imports"));
		routes.put("POST /imports", r(Access.SELF, f -> "/imports"));
		routes.put("GET /imports/jobs/{id}", r(Access.ADMIN, f -> "/imports/jobs/" + f.job()));
		routes.put("POST /imports/jobs/{id}/confirm", r(Access.ADMIN, f -> "/imports/jobs/" + f.job() + "/confirm"));
		routes.put("GET /imports/templates/{register}.{format}", r(Access.SELF, f -> "/imports/templates/media-items.xlsx"));
		routes.put("GET /api/v1/{register}/{code}/files", r(Access.READ, f -> "/api/v1/gatherings/" + f.t().prefix() + "-GT/files"));
		routes.put("POST /api/v1/{register}/{code}/files", r(Access.EDIT, f -> "/api/v1/trainings/" + f.t().prefix() + "-TR/files"));
		routes.put("GET /api/v1/{register}/{code}/files/{id}",
				r(Access.READ, f -> "/api/v1/gatherings/" + f.t().prefix() + "-GT/files/" + f.file()));
		routes.put("DELETE /api/v1/{register}/{code}/files/{id}",
				r(Access.EDIT, f -> "/api/v1/trainings/" + f.t().prefix() + "-TR/files/999999"));
		routes.put("GET /awards", r(Access.READ, f -> "/awards?unit=" + f.t().d1().code()));
		routes.put("GET /awards/recipients", r(Access.READ, f -> "/awards/recipients?unit=" + f.t().d1().code()));
		routes.put("GET /awards/recipients/export.{format}", r(Access.READ, f -> "/awards/recipients/export.csv?unit=" + f.t().d1().code()));
		routes.put("GET /awards/authorities", r(Access.OWN_SCOPE, f -> "/awards/authorities"));
		routes.put("GET /awards/authorities/new", r(Access.ANY_MANAGER, f -> "/awards/authorities/new"));
		routes.put("POST /awards/authorities/new", r(Access.ANY_MANAGER, f -> "/awards/authorities/new", "code", "%P%-AU2", "nameVi", "X",
				"unitCode", "%D1%"));
		routes.put("GET /awards/authorities/{code}/edit", r(Access.MANAGE, f -> "/awards/authorities/" + f.t().prefix() + "-AU/edit"));
		routes.put("POST /awards/authorities/{code}/edit", r(Access.MANAGE, f -> "/awards/authorities/" + f.t().prefix() + "-AU/edit",
				"nameVi", "Chủ tịch UBND huyện", "unitCode", "%D1%", "version", "0"));
		routes.put("GET /awards/decisions/new", r(Access.ANY_MANAGER, f -> "/awards/decisions/new"));
		routes.put("POST /awards/decisions/new", r(Access.ANY_MANAGER, f -> "/awards/decisions/new", "authorityCode", "%P%-AU", "form",
				"GIAY_KHEN"));
		routes.put("GET /awards/decisions/{id}", r(Access.READ, f -> "/awards/decisions/" + f.decision()));
		routes.put("POST /awards/decisions/{id}/recipients", r(Access.MANAGE, f -> "/awards/decisions/" + f.decision() + "/recipients",
				"type", "COLLECTIVE", "unit", "%D1%"));
		routes.put("POST /awards/decisions/{id}/recipients/{recipient}/remove",
				r(Access.MANAGE, f -> "/awards/decisions/" + f.decision() + "/recipients/999999/remove"));
		routes.put("POST /awards/decisions/{id}/recipients/{recipient}/revoke",
				r(Access.MANAGE, f -> "/awards/decisions/" + f.decision() + "/recipients/" + f.recipient() + "/revoke", "reason", "Thử",
						"revokedOn", "2023-05-02"));
		routes.put("GET /awards/decisions/{id}/document.{format:docx|pdf}",
				r(Access.READ, f -> "/awards/decisions/" + f.draft() + "/document.pdf"));
		routes.put("GET /awards/decisions/{id}/certificates.pdf", r(Access.READ, f -> "/awards/decisions/" + f.decision() + "/certificates.pdf"));
		routes.put("GET /awards/decisions/{id}/recipients/{recipient}/certificate.pdf",
				r(Access.READ, f -> "/awards/decisions/" + f.decision() + "/recipients/" + f.collective() + "/certificate.pdf"));
		routes.put("GET /awards/authorities/{code}/certificates", r(Access.MANAGE, f -> "/awards/authorities/" + f.t().prefix() + "-AU/certificates"));
		routes.put("POST /awards/authorities/{code}/certificates", r(Access.MANAGE, f -> "/awards/authorities/" + f.t().prefix()
				+ "-AU/certificates", "form", "GIAY_KHEN", "heading", "Chủ tịch", "wording", "TẶNG", "title", "GIẤY KHEN", "signerTitle", "CHỦ TỊCH"));
		routes.put("GET /awards/nominations", r(Access.OWN_SCOPE, f -> "/awards/nominations"));
		routes.put("GET /awards/nominations/new", r(Access.ANY_EDITOR, f -> "/awards/nominations/new"));
		routes.put("POST /awards/nominations/new", r(Access.ANY_EDITOR, f -> "/awards/nominations/new", "campaign", "Đợt thử", "authorityCode",
				"%P%-AU", "form", "GIAY_KHEN", "unitCode", "%D1%"));
		routes.put("GET /awards/nominations/{id}", r(Access.READ, f -> "/awards/nominations/" + f.nomination()));
		routes.put("POST /awards/nominations/{id}/nominees", r(Access.EDIT, f -> "/awards/nominations/" + f.nomination() + "/nominees", "type",
				"COLLECTIVE", "unit", "%D1%"));
		routes.put("POST /awards/nominations/{id}/nominees/{nominee}/remove",
				r(Access.EDIT, f -> "/awards/nominations/" + f.nomination() + "/nominees/999999/remove"));
		routes.put("POST /awards/nominations/{id}/submit", r(Access.EDIT, f -> "/awards/nominations/" + f.nomination() + "/submit"));
		routes.put("POST /awards/nominations/{id}/accept", r(Access.MANAGE, f -> "/awards/nominations/" + f.nomination() + "/accept"));
		routes.put("POST /awards/nominations/{id}/return", r(Access.MANAGE, f -> "/awards/nominations/" + f.nomination() + "/return", "reason",
				"Bổ sung"));
		routes.put("POST /awards/nominations/decide", r(Access.ANY_MANAGER, f -> "/awards/nominations/decide", "campaign", "Đợt thử",
				"authorityCode", "%P%-AU", "form", "GIAY_KHEN"));
		routes.put("POST /awards/nominations/{id}/files", r(Access.EDIT, f -> "/awards/nominations/" + f.nomination() + "/files"));
		routes.put("GET /awards/nominations/{id}/files/{file}",
				r(Access.READ, f -> "/awards/nominations/" + f.nomination() + "/files/" + f.evidence()));
		routes.put("POST /awards/nominations/{id}/files/{file}/remove",
				r(Access.EDIT, f -> "/awards/nominations/" + f.nomination() + "/files/999999/remove"));
		routes.put("POST /awards/decisions/{id}/files", r(Access.MANAGE, f -> "/awards/decisions/" + f.decision() + "/files"));
		routes.put("GET /awards/decisions/{id}/files/{file}", r(Access.READ, f -> "/awards/decisions/" + f.decision() + "/files/" + f.scan()));
		routes.put("POST /awards/decisions/{id}/files/{file}/remove",
				r(Access.MANAGE, f -> "/awards/decisions/" + f.decision() + "/files/999999/remove"));
		routes.put("GET /awards/decisions/{id}/edit", r(Access.MANAGE, f -> "/awards/decisions/" + f.draft() + "/edit"));
		routes.put("POST /awards/decisions/{id}/edit", r(Access.MANAGE, f -> "/awards/decisions/" + f.draft() + "/edit", "authorityCode", "%P%-AU",
				"form", "GIAY_KHEN", "campaign", "Thử"));
		routes.put("POST /awards/decisions/{id}/issue", r(Access.MANAGE, f -> "/awards/decisions/" + f.draft() + "/issue", "date",
				"2023-05-01", "title", "CHỦ TỊCH", "name", "Người Ký"));
		routes.put("GET /contests", r(Access.SELF, f -> "/contests"));
		routes.put("GET /contests/entries", r(Access.READ, f -> "/contests/entries?unit=" + f.t().d1().code()));
		routes.put("GET /contests/new", r(Access.ANY_MANAGER, f -> "/contests/new"));
		routes.put("POST /contests/new", r(Access.ANY_MANAGER, f -> "/contests/new"));
		routes.put("GET /contests/{code}", r(Access.READ, f -> "/contests/" + f.t().prefix() + "-CT"));
		routes.put("POST /contests/{code}/entries", r(Access.ANY_EDITOR, f -> "/contests/" + f.t().prefix() + "-CT/entries"));
		routes.put("GET /contests/{code}/entries/{entry}/files/{file}",
				r(Access.READ, f -> "/contests/" + f.t().prefix() + "-CT/entries/" + f.entry() + "/files/" + f.entryFile()));
		routes.put("GET /contests/{code}/judging/{entry}/files/{file}",
				r(Access.ADMIN, f -> "/contests/" + f.t().prefix() + "-CT/judging/E1/files/" + f.entryFile()));
		routes.put("POST /contests/{code}/judges", r(Access.MANAGE, f -> "/contests/" + f.t().prefix() + "-CT/judges", "username", "nobody"));
		routes.put("POST /contests/{code}/conflicts", r(Access.MANAGE, f -> "/contests/" + f.t().prefix() + "-CT/conflicts"));
		routes.put("POST /contests/{code}/close", r(Access.MANAGE, f -> "/contests/" + f.t().prefix() + "-CT/close", "closesOn", "2023-12-31"));
		routes.put("GET /contests/{code}/results.{format:docx|pdf}", r(Access.READ, f -> "/contests/" + f.t().prefix() + "-CT/results.pdf"));
		routes.put("POST /contests/{code}/confirm", r(Access.MANAGE, f -> "/contests/" + f.t().prefix() + "-CT/confirm"));
		// a contest's judging pages are its judges' alone; the fixture's contest has none
		routes.put("GET /contests/{code}/judging", r(Access.ADMIN, f -> "/contests/" + f.t().prefix() + "-CT/judging"));
		routes.put("GET /contests/{code}/judging/{entry}", r(Access.ADMIN, f -> "/contests/" + f.t().prefix() + "-CT/judging/E1"));
		routes.put("POST /contests/{code}/judging/{entry}", r(Access.ADMIN, f -> "/contests/" + f.t().prefix() + "-CT/judging/E1"));
		routes.put("POST /contests/{code}/judging/{entry}/conflict",
				r(Access.ADMIN, f -> "/contests/" + f.t().prefix() + "-CT/judging/E1/conflict", "reason", "x"));
		routes.put("POST /api/v1/contests", r(Access.ANY_MANAGER, f -> "/api/v1/contests"));
		routes.put("POST /api/v1/contests/{code}/entries", r(Access.EDIT, f -> "/api/v1/contests/" + f.t().prefix() + "-CT/entries"));
		routes.put("POST /api/v1/contests/{code}/judges", r(Access.MANAGE, f -> "/api/v1/contests/" + f.t().prefix() + "-CT/judges"));
		routes.put("POST /api/v1/contests/{code}/conflicts", r(Access.MANAGE, f -> "/api/v1/contests/" + f.t().prefix() + "-CT/conflicts"));
		// only the entry's judges score it; the fixture's entry has none
		routes.put("PUT /api/v1/contests/{code}/entries/{entryCode}/score",
				r(Access.ADMIN, f -> "/api/v1/contests/" + f.t().prefix() + "-CT/entries/E1/score"));
		routes.put("GET /api/v1/contests/{code}/entries/{entryCode}", r(Access.READ, f -> "/api/v1/contests/" + f.t().prefix() + "-CT/entries/E1"));
		routes.put("GET /api/v1/contests/{code}/ranking", r(Access.READ, f -> "/api/v1/contests/" + f.t().prefix() + "-CT/ranking"));
		routes.put("POST /api/v1/imports/{register}", r(Access.EDIT, f -> "/api/v1/imports/media-items"));
		return routes;
	}

	Fixture fixture() {
		World.Tree t = world.tree();
		String pre = t.prefix();
		String lower = pre.toLowerCase(Locale.ROOT);
		world.person(pre + "-PER", "Người Thử", t.d1().code());
		world.importCsv("committees", "code,name_vi,scope_unit_code,document_style,reporting_window\n%s-BCD,Ban Thử,%s,STATE,CALENDAR\n"
			.formatted(pre, t.d1().code()));
		world.importCsv("media-channels", "code,name,type,platform,unit_code\n%1$s-WEB,Trang,PORTAL,,%2$s\n%1$s-FB,FB,SOCIAL_ACCOUNT,FACEBOOK,%2$s\n"
			.formatted(pre, t.d1().code()));
		world.importCsv("media-items", "url,title,kind,published_at,channel_code,unit_code\nhttps://%s.vn/a,Tin,NEWS,2023-01-05,%s-WEB,%s\n"
			.formatted(lower, pre, t.d1().code()));
		world.importCsv("media-shares", "url,channel_code,shared_at,unit_code\nhttps://fb.com/%s/a,%s-FB,2023-01-05T10:00,%s\n"
			.formatted(lower, pre, t.d1().code()));
		world.importCsv("delegations", "code,direction,name,purpose,start_date,end_date,host_unit_code,members\n%s-DL,IN,Đoàn,STUDY,2023-03-01,2023-03-02,%s,CN:2\n"
			.formatted(pre, t.d1().code()));
		world.importCsv("meetings", "code,date,mode,partner,country,topic,unit_code\n%s-MT,2023-04-01,ONLINE,X,CN,Họp,%s\n"
			.formatted(pre, t.d1().code()));
		world.importCsv("gatherings", "code,type,title,start,organiser_unit_code\n%s-GT,CONFERENCE,Hội nghị,2023-12-12T08:00,%s\n"
			.formatted(pre, t.d1().code()));
		world.importCsv("trainings", "code,title,target_group,start_date,end_date,organiser_unit_code,participants,completed\n%s-TR,Lớp,EXPERTS,2023-05-01,2023-05-03,%s,30,28\n"
			.formatted(pre, t.d1().code()));
		long file;
		long courseFile;
		try {
			org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument();
			pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			pdf.save(bytes);
			pdf.close();
			file = files.add("gathering", pre + "-GT", java.util.List.of(new org.springframework.mock.web.MockMultipartFile("files", "a.pdf",
					"application/pdf", bytes.toByteArray())), World.system()).get(0).id();
			courseFile = files.add("training", pre + "-TR", java.util.List.of(new org.springframework.mock.web.MockMultipartFile("files",
					"b.pdf", "application/pdf", bytes.toByteArray())), World.system()).get(0).id();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		world.importCsv("award-authorities", "code,name_vi,unit_code\n%s-AU,Chủ tịch UBND huyện,%s\n".formatted(pre, t.d1().code()));
		world.importCsv("commendations", """
				decision_number,decision_date,authority_code,form,recipient_type,recipient_name,recipient_unit_code
				1/%1$s,2023-05-01,%1$s-AU,GIAY_KHEN,INDIVIDUAL,Người Thử,%2$s
				1/%1$s,2023-05-01,%1$s-AU,GIAY_KHEN,COLLECTIVE,Tổ Thử,%2$s
				""".formatted(pre, t.d1().code()));
		long decision = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
			.sql("SELECT id FROM award_decisions WHERE decision_number = ?").param("1/" + pre).query(Long.class).single();
		long recipient = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
			.sql("SELECT id FROM award_recipients WHERE decision_id = ? AND recipient_type = 'INDIVIDUAL'").param(decision).query(Long.class)
			.single();
		long collective = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
			.sql("SELECT id FROM award_recipients WHERE decision_id = ? AND recipient_type = 'COLLECTIVE'").param(decision).query(Long.class)
			.single();
		contests.create(new org.steerdesk.contests.ContestDraft(pre + "-CT", "Cuộc thi thử", 1, 2023, java.time.LocalDate.of(2023, 1, 1),
				java.time.LocalDate.of(2023, 12, 31), java.util.List.of(new org.steerdesk.contests.ContestDraft.CriterionDraft("c", "Nội dung",
						java.math.BigDecimal.ONE, java.math.BigDecimal.TEN)), t.d1().code(), null, null, null, null, null, null, null), World.system());
		org.steerdesk.contests.Entry entry = contestEntries.register(pre + "-CT", new org.steerdesk.contests.EntryDraft("E1", "Bài thử", java.util.List.of(
				new org.steerdesk.contests.EntryDraft.AuthorDraft("Tác giả", t.d1().code())), t.d1().code(),
				java.time.OffsetDateTime.parse("2023-05-01T09:00:00+07:00"), null), World.system());
		long entryFile = files.add("contest-entry", String.valueOf(entry.id()), java.util.List.of(new org.springframework.mock.web.MockMultipartFile(
				"files", "e.pdf", "application/pdf", org.steerdesk.support.SampleFiles.pdf())), World.system()).get(0).id();
		long draft = decisions.create(new org.steerdesk.awards.DecisionDraft(pre + "-AU", org.steerdesk.awards.AwardForm.GIAY_KHEN, "Thử",
				null, null, null), World.system());
		long nomination = nominations.create(new org.steerdesk.awards.NominationDraft("Đợt thử", pre + "-AU",
				org.steerdesk.awards.AwardForm.GIAY_KHEN, t.d1().code()), World.system());
		nominations.addNominee(nomination, new org.steerdesk.awards.RecipientDraft(org.steerdesk.awards.RecipientType.INDIVIDUAL, null, "Người Đề Nghị",
				null, t.d1().code(), null), "Thành tích", World.system());
		long evidence = files.add("award-nomination", String.valueOf(nomination), java.util.List.of(new org.springframework.mock.web.MockMultipartFile(
				"files", "c.pdf", "application/pdf", org.steerdesk.support.SampleFiles.pdf())), World.system()).get(0).id();
		long scan = files.add("award-decision", String.valueOf(decision), java.util.List.of(new org.springframework.mock.web.MockMultipartFile(
				"files", "d.pdf", "application/pdf", org.steerdesk.support.SampleFiles.pdf())), World.system()).get(0).id();
		partners.save(new PartnerDraft(pre + "-PT", "Pingxiang", "Bằng Tường", "CN", PartnerKind.LOCALITY, null), World.system(), null);
		long review = reviews.create(pre + "-BCD", 2023, "vi", World.system()).id();
		String job = jobs.start("media-items", "a.csv", "url,title\n".getBytes(StandardCharsets.UTF_8), World.system(), Locale.ENGLISH);
		return new Fixture(t, pre + "-BCD", items.byUrl("https://%s.vn/a".formatted(lower)).orElseThrow().id(),
				shares.byUrl("https://fb.com/%s/a".formatted(lower)).orElseThrow().id(), review, job, pre + "-PT", file, courseFile, decision,
				recipient, draft, collective, nomination, evidence, scan, entry.id(), entryFile);
	}

	@Test
	void everyRouteOfTheApplicationIsInTheTable() {
		Set<String> declared = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/v3/api-docs") || p.startsWith("/swagger-ui"))) {
				continue; // springdoc's own (public by decision, see README)
			}
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
					declared.add(method + " " + pattern);
				}
			}
		}
		assertThat(routes().keySet()).as("routes probed").containsAll(declared.stream().filter(r -> !r.startsWith("GET /error/403")).toList());
		assertThat(declared).as("routes declared").containsAll(routes().keySet().stream().filter(r -> !r.equals("GET /error/403")).toList());
	}

	@Test
	void everyRouteRefusesWhoMayNotUseItAndNeverAnswers500() throws Exception {
		Fixture f = fixture();
		String d1 = f.t().d1().code();
		String d2 = f.t().d2().code();
		String province = f.t().province().code();
		Map<String, String> users = new LinkedHashMap<>();
		users.put("viewerD1", world.user("VIEWER", d1));
		users.put("editorD1", world.user("EDITOR", d1));
		users.put("secretariatD2", world.user("SECRETARIAT", d2));
		users.put("editorD2", world.user("EDITOR", d2));
		users.put("viewerD2", world.user("VIEWER", d2));
		users.put("judgeProvince", world.user("JUDGE", province));
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Route> entry : routes().entrySet()) {
			String key = entry.getKey();
			Route route = entry.getValue();
			HttpMethod method = HttpMethod.valueOf(key.substring(0, key.indexOf(' ')));
			String url = route.url().apply(f);
			// no one signed in: a page sends to the login page, the API answers 401
			if (route.access() == Access.PUBLIC) {
				for (String username : users.values()) {
					int status = perform(method, url, route, f, username).getResponse().getStatus();
					if (status >= 500) {
						failures.add(key + " → " + status);
					}
				}
				continue;
			}
			{
				int status = perform(method, url, route, f, null).getResponse().getStatus();
				boolean api = url.startsWith("/api/");
				if (api ? status != 401 : !(status == 302 || status == 403)) {
					failures.add(key + " anonymous → " + status);
				}
			}
			Map<String, Boolean> mayUse = new LinkedHashMap<>();
			switch (route.access()) {
				case ADMIN -> users.keySet().forEach(u -> mayUse.put(u, false));
				case READ -> {
					mayUse.put("viewerD1", true);
					List.of("secretariatD2", "editorD2", "viewerD2", "judgeProvince").forEach(u -> mayUse.put(u, false));
				}
				case EDIT -> {
					mayUse.put("editorD1", true);
					List.of("viewerD1", "secretariatD2", "editorD2", "judgeProvince").forEach(u -> mayUse.put(u, false));
				}
				case MANAGE -> List.of("viewerD1", "editorD1", "secretariatD2", "editorD2", "judgeProvince").forEach(u -> mayUse.put(u, false));
				case ANY_READER, OWN_SCOPE -> {
					mayUse.put("viewerD2", true);
					mayUse.put("editorD2", true);
					mayUse.put("judgeProvince", false);
				}
				case ANY_MANAGER -> {
					mayUse.put("secretariatD2", true);
					List.of("viewerD1", "editorD1", "editorD2", "judgeProvince").forEach(u -> mayUse.put(u, false));
				}
				case ANY_EDITOR -> {
					mayUse.put("editorD2", true);
					List.of("viewerD1", "judgeProvince").forEach(u -> mayUse.put(u, false));
				}
				default -> users.keySet().forEach(u -> mayUse.put(u, true));
			}
			for (Map.Entry<String, Boolean> probe : mayUse.entrySet()) {
				MvcResult result = perform(method, url, route, f, users.get(probe.getKey()));
				int status = result.getResponse().getStatus();
				if (status >= 500) {
					failures.add(key + " as " + probe.getKey() + " → " + status);
				}
				else if (!probe.getValue() && !refused(method, result)) {
					failures.add(key + " as " + probe.getKey() + " was not refused → " + status + " "
							+ result.getResponse().getRedirectedUrl());
				}
				else if (probe.getValue() && method == HttpMethod.GET && status >= 400) {
					// the probe's address is real: an outsider's 403 is a refusal, not a mistyped address
					failures.add(key + " as " + probe.getKey() + " was refused (" + status + "), but may use it");
				}
				else if (route.access() == Access.OWN_SCOPE && probe.getKey().endsWith("D2")
						&& result.getResponse().getContentAsString(StandardCharsets.UTF_8).contains(f.t().d1().code())) {
					failures.add(key + " as " + probe.getKey() + " shows a record of D1");
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * A refusal: 403 (or 404 where the record is not even visible, 401 for the API), or for a form
	 * sent by someone who may open it but not save this record, the form again with its errors.
	 */
	private static boolean refused(HttpMethod method, MvcResult result) {
		int status = result.getResponse().getStatus();
		if (status == 403 || status == 404 || status == 401) {
			return true;
		}
		if (method == HttpMethod.POST && (status == 200 || status == 422 || status == 409)) {
			return true; // re-rendered with errors (no redirect, nothing saved) or refused rows
		}
		return false;
	}

	/** Values an attacker tries on every parameter a route might read. */
	static final String[][] ODD_PARAMETERS = { { "year", "99999999999" }, { "year", "-5" }, { "year", "2023.5" },
			{ "from", "0000-01-01" }, { "to", "+999999999-12-31" }, { "from", "2023-12-31" }, { "to", "2023-01-01" },
			{ "unit", "' OR 1=1 --" }, { "unit", "x".repeat(5000) }, { "window", "FOREVER" }, { "kind", "NOPE" }, { "platform", "MYSPACE" },
			{ "after", "9999-99-99T99:99:99Z_I_1_1" }, { "q", "đ".repeat(20_000) }, { "lang", "zz-ZZ" }, { "language", "klingon" },
			{ "recompute", "maybe" }, { "closed", "perhaps" }, { "item", "99999999999999999999" }, { "page", "-1" },
			{ "register", "../../etc/passwd" }, { "committee", "%00" } };

	/** What a reader sees of a page: its text, without scripts, styles, tags and attributes. */
	static String visibleText(String html) {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("(?s)<[^>]*>", " "));
	}

	static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\b(19|20)\\d{2}-\\d{2}(-\\d{2})?\\b");

	static final java.util.regex.Pattern ENUM_CODE = java.util.regex.Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");

	/**
	 * Every page of the route table, as an administrator reading Vietnamese, says everything in
	 * words and the Vietnamese way: no {@code ??key??}, no ISO date or month, no raw enum code in the
	 * text a reader sees.
	 */
	@Test
	void everyPageReadsInVietnameseWithoutKeysIsoDatesOrCodes() throws Exception {
		Fixture f = fixture();
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Route> entry : routes().entrySet()) {
			String key = entry.getKey();
			String url = entry.getValue().url().apply(f);
			if (!key.startsWith("GET ") || url.startsWith("/api/") || url.startsWith("/actuator") || url.startsWith("/v3/")) {
				continue;
			}
			var response = mvc.perform(request(HttpMethod.GET, url).with(user("admin").roles("ADMIN")).header("Accept-Language", "vi"))
				.andReturn().getResponse();
			if (response.getStatus() != 200 || response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
				continue;
			}
			String text = visibleText(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
			for (java.util.regex.Pattern wrong : List.of(java.util.regex.Pattern.compile("\\?\\?[a-zA-Z]"), ISO_DATE, ENUM_CODE)) {
				java.util.regex.Matcher m = wrong.matcher(text);
				if (m.find()) {
					failures.add(key + " (" + url + "): " + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)).strip());
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void oddParameterValuesOnEveryGetRouteNeverAnswer500() throws Exception {
		Fixture f = fixture();
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Route> entry : routes().entrySet()) {
			if (!entry.getKey().startsWith("GET ")) {
				continue;
			}
			String url = entry.getValue().url().apply(f);
			for (String[] odd : ODD_PARAMETERS) {
				MockHttpServletRequestBuilder request = request(HttpMethod.GET, url).param(odd[0], odd[1]);
				request.with(url.startsWith("/api/") ? httpBasic("admin", World.ADMIN_PASSWORD) : user("admin").roles("ADMIN"));
				String odds = entry.getKey() + " with " + odd[0] + "=" + odd[1].substring(0, Math.min(30, odd[1].length()));
				try {
					int status = mvc.perform(request).andReturn().getResponse().getStatus();
					if (status >= 500) {
						failures.add(odds + " → " + status);
					}
				}
				catch (jakarta.servlet.ServletException e) {
					failures.add(odds + " → " + e.getCause());
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private MvcResult perform(HttpMethod method, String url, Route route, Fixture f, String username) throws Exception {
		MockHttpServletRequestBuilder request = request(method, url).header("Accept-Language", "en");
		for (Map.Entry<String, String> param : route.params().entrySet()) {
			request.param(param.getKey(), param.getValue().replace("%D1%", f.t().d1().code()).replace("%P%", f.t().prefix())
				.replace("%C%", f.committee()));
		}
		if (url.startsWith("/api/v1/imports/")) {
			request.contentType("text/csv").content("url,title,kind,published_at,channel_code,unit_code\nhttps://probe.example/x,X,NEWS,2023-01-05,%s-WEB,%s\n"
				.formatted(f.t().prefix(), f.t().d1().code()));
		}
		else if (url.startsWith("/api/v1/reviews") && method == HttpMethod.POST) {
			request.contentType("application/json").content("{\"committee\":\"" + f.committee() + "\",\"year\":2023}");
		}
		else if (url.startsWith("/api/v1/contests") && method != HttpMethod.GET) {
			request.contentType("application/json").content("{}");
		}
		else if (url.equals("/api/v1/users")) {
			request.contentType("application/json").content("{\"username\":\"probe.api\",\"password\":\"cỏ may bên suối 2023\",\"displayName\":\"X\",\"roles\":[]}");
		}
		if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		if (username != null) {
			request.with(url.startsWith("/api/") ? httpBasic(username, World.PASSWORD) : user(username));
		}
		return mvc.perform(request).andReturn();
	}
}
